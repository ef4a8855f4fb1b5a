; case: increasing counter
; from: written here
; expect: 0
mov $1,3
lpb $1
add $2,1
add $1,1
lpe
mov $0,$2
