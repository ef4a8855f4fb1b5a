; case: three operands
; from: written here
; expect:
; error: {file}:5:9: invalid identifier
mov $0,1,2
