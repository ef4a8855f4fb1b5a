; case: missing comma
; from: written here
; expect:
; error: {file}:5:8: expected separator
mov $0 5
