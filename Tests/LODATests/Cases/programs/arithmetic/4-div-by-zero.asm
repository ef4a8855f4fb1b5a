; case: div by zero
; from: spec §12, edge case 4
; expect:
; error: Overflow in cell $0; last operation: div $0,0
mov $0,5
div $0,0
