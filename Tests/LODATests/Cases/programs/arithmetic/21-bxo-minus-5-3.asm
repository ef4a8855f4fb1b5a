; case: bxo -5,3
; from: spec §12, edge case 21
; expect: -8
mov $0,-5
bxo $0,3
