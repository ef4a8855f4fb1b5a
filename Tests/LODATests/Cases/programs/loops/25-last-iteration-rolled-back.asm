; case: last iteration rolled back
; from: spec §12, edge case 25
; expect: 1
mov $1,3
lpb $1
add $2,1
sub $1,2
lpe
mov $0,$2
