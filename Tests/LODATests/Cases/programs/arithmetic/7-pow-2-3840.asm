; case: pow 2,3840
; from: spec §12, edge case 7
; expect:
; error: Overflow in cell $0; last operation: pow $0,3840
mov $0,2
pow $0,3840
