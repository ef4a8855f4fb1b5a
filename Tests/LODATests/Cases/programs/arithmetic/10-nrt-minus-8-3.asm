; case: nrt -8,3
; from: spec §12, edge case 10
; expect:
; error: Overflow in cell $0; last operation: nrt $0,3
mov $0,-8
nrt $0,3
