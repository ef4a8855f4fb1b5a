; case: fac 1,10^9
; from: spec §12, edge case 15
; expect:
; error: Overflow in cell $0; last operation: fac $0,1000000000
mov $0,1
fac $0,1000000000
