; case: constant counter in region mode
; from: spec §12, edge case 32
; expect:
; error: Cannot get address of a constant
lpb 5
add $1,1
lpe
lpb $2,2
lpe
mov $0,$1
