; case: nrt 80,3
; from: spec §12, edge case 10
; expect: 4
mov $0,80
nrt $0,3
