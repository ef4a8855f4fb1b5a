; case: dgr 6,2
; from: spec §12, edge case 12
; expect: 1
mov $0,6
dgr $0,2
