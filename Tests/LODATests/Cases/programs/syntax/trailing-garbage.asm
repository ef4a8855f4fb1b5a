; case: trailing garbage
; from: written here
; expect:
; error: {file}:5:10: invalid operation: x
mov $0,1 x
