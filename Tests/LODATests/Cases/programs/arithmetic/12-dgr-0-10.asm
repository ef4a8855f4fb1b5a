; case: dgr 0,10
; from: spec §12, edge case 12
; expect: 0
mov $0,0
dgr $0,10
