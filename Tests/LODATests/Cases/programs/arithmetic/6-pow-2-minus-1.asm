; case: pow 2,-1
; from: spec §12, edge case 6
; expect: 0
mov $0,2
pow $0,-1
