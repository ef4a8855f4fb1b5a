; case: pow -1,-3
; from: spec §12, edge case 6
; expect: -1
mov $0,-1
pow $0,-3
