; case: pow -2,3
; from: spec §12, edge case 6
; expect: -8
mov $0,-2
pow $0,3
