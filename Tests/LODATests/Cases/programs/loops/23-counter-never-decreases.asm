; case: counter never decreases
; from: spec §12, edge case 23
; expect: 0
mov $1,5
lpb $1
add $2,1
lpe
mov $0,$2
