; case: error text keeps the comment
; from: written here
; expect:
; error: Overflow in cell $0; last operation: div $0,0 ; oops
mov $0,1
div $0,0 ; oops
