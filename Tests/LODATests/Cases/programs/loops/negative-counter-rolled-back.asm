; case: negative counter rolled back
; from: written here
; expect: 0
mov $1,-3
lpb $1
add $2,7
sub $1,1
lpe
mov $0,$2
