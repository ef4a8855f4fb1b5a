; case: write $2000
; from: spec §12, edge case 28
; expect: 1
mov $2000,1
mov $0,$2000
