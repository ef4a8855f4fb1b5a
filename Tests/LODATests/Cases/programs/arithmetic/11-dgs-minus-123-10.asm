; case: dgs -123,10
; from: spec §12, edge case 11
; expect: -6
mov $0,-123
dgs $0,10
