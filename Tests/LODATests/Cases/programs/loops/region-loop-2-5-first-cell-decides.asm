; case: region loop [2,5] first cell decides
; from: written here
; expect: 2
mov $1,2
mov $2,5
lpb $1,2
sub $1,1
mov $2,-7
add $3,1
lpe
mov $0,$3
