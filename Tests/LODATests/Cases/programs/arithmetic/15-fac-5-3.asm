; case: fac 5,3
; from: spec §12, edge case 15
; expect: 210
mov $0,5
fac $0,3
