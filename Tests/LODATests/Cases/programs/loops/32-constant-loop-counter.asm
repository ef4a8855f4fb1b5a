; case: constant loop counter
; from: spec §12, edge case 32
; expect: 0
lpb 5
add $1,1
lpe
mov $0,$1
