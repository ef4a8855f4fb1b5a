; case: lpb $0,$2 register length
; from: written here
; terms: 3
; expect: 0,1,2
mov $2,1
lpb $0,$2
add $1,1
sub $0,1
lpe
mov $0,$1
