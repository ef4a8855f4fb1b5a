; case: operand on the next line
; from: written here
; expect: 5
mov $0,
 5
