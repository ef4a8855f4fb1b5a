; case: bin -5,-3
; from: spec §12, edge case 13
; expect: 0
mov $0,-5
bin $0,-3
