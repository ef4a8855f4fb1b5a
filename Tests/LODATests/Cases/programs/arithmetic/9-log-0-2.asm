; case: log 0,2
; from: spec §12, edge case 9
; expect:
; error: Overflow in cell $0; last operation: log $0,2
mov $0,0
log $0,2
