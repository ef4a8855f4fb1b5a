; case: fac -2,-3
; from: spec §12, edge case 15
; expect: -24
mov $0,-2
fac $0,-3
