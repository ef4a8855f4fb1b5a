; case: log 1,2
; from: spec §12, edge case 9
; expect: 0
mov $0,1
log $0,2
