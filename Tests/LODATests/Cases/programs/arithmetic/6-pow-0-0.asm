; case: pow 0,0
; from: spec §12, edge case 6
; expect: 1
mov $0,0
pow $0,0
