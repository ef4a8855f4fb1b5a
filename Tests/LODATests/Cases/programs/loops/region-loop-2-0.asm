; case: region loop [2,0]
; from: written here
; expect: 10
mov $1,2
lpb $1,2
sub $1,1
add $2,5
lpe
mov $0,$2
