; case: nrt 0,5
; from: spec §12, edge case 10
; expect: 0
mov $0,0
nrt $0,5
