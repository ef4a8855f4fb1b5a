; case: log 20,2
; from: spec §12, edge case 9
; expect: 4
mov $0,20
log $0,2
