; case: nrt 5,0
; from: spec §12, edge case 10
; expect:
; error: Overflow in cell $0; last operation: nrt $0,0
mov $0,5
nrt $0,0
