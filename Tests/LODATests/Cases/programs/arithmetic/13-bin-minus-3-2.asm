; case: bin -3,2
; from: spec §12, edge case 13
; expect: 6
mov $0,-3
bin $0,2
