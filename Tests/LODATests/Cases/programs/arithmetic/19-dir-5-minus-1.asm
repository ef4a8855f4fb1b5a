; case: dir 5,-1
; from: spec §12, edge case 19
; expect: 5
mov $0,5
dir $0,-1
