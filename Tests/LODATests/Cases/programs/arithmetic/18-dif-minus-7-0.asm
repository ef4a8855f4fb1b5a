; case: dif -7,0
; from: spec §12, edge case 18
; expect: -7
mov $0,-7
dif $0,0
