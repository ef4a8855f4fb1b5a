; case: dif 7,2
; from: spec §12, edge case 18
; expect: 7
mov $0,7
dif $0,2
