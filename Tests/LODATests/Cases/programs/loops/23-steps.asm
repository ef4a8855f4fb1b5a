; case: steps
; from: spec §12, edge case 23
; expect-steps: 5
mov $1,5
lpb $1
add $2,1
lpe
mov $0,$2
