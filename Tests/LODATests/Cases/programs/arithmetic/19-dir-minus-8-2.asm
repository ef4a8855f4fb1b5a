; case: dir -8,2
; from: spec §12, edge case 19
; expect: -1
mov $0,-8
dir $0,2
