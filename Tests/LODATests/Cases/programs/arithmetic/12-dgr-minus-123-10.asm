; case: dgr -123,10
; from: spec §12, edge case 12
; expect: -6
mov $0,-123
dgr $0,10
