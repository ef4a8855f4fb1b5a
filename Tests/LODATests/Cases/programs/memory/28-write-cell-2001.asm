; case: write $2001
; from: spec §12, edge case 28
; expect:
; error: Maximum memory exceeded: 2001; last operation: mov $2001,1
mov $2001,1
