; case: overflow mul
; from: written here
; expect:
; error: Overflow in cell $0; last operation: mul $0,$0
mov $0,2
pow $0,3000
mul $0,$0
