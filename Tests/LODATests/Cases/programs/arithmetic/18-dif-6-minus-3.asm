; case: dif 6,-3
; from: spec §12, edge case 18
; expect: -2
mov $0,6
dif $0,-3
