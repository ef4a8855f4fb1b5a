; case: lpb $0,0 has no effect
; from: spec §12, edge case 31
; terms: 3
; expect: 1,1,1
mov $1,1
lpb $0,0
add $1,1
sub $0,1
lpe
mov $0,$1
