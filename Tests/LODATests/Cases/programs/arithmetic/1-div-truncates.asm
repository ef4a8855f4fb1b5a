; case: div truncates
; from: spec §12, edge case 1
; expect: -3
mov $0,-7
div $0,2
