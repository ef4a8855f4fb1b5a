; case: unknown directive
; from: written here
; expect:
; error: {file}:5:1: invalid directive: foo
#foo 1
mov $0,1
