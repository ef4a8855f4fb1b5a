; case: shrinking region length compares the first cell only
; from: written here
; expect: 3
mov $1,3
mov $2,0
mov $9,2
lpb $1,$9
mov $9,1
sub $1,1
add $2,1
add $3,1
lpe
mov $0,$3
