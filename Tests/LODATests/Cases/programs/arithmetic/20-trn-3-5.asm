; case: trn 3,5
; from: spec §12, edge case 20
; expect: 0
mov $0,3
trn $0,5
