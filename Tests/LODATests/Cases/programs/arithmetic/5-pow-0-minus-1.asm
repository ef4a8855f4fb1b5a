; case: pow 0,-1
; from: spec §12, edge case 5
; expect:
; error: Overflow in cell $0; last operation: pow $0,-1
mov $0,0
pow $0,-1
