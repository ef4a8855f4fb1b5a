; case: bin -3,-5
; from: spec §12, edge case 13
; expect: 6
mov $0,-3
bin $0,-5
