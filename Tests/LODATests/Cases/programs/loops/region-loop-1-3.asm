; case: region loop [1,3]
; from: written here
; expect: 3
mov $1,1
mov $2,3
lpb $1,2
sub $2,1
add $3,1
lpe
mov $0,$3
