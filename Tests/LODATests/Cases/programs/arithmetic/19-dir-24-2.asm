; case: dir 24,2
; from: spec §12, edge case 19
; expect: 3
mov $0,24
dir $0,2
