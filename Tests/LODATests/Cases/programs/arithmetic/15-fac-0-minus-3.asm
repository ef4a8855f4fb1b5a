; case: fac 0,-3
; from: spec §12, edge case 15
; expect: 0
mov $0,0
fac $0,-3
