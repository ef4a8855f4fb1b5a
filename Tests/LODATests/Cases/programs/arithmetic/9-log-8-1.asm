; case: log 8,1
; from: spec §12, edge case 9
; expect:
; error: Overflow in cell $0; last operation: log $0,1
mov $0,8
log $0,1
