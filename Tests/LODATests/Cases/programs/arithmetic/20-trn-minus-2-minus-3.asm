; case: trn -2,-3
; from: spec §12, edge case 20
; expect: 1
mov $0,-2
trn $0,-3
