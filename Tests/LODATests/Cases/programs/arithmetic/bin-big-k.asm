; case: bin big k
; from: written here
; expect:
; error: Overflow in cell $0; last operation: bin $0,$1
mov $0,100000000000000000000
mov $1,$0
div $1,2
bin $0,$1
