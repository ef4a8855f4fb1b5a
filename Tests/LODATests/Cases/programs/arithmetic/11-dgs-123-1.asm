; case: dgs 123,1
; from: spec §12, edge case 11
; expect:
; error: Overflow in cell $0; last operation: dgs $0,1
mov $0,123
dgs $0,1
