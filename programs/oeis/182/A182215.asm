; A182215: Bondage number of the Cartesian product graph G = C_n X C_3.
; 2,4,4,5,2,4,4,5,2,4,4,5,2,4,4,5,2,4,4,5,2,4,4,5,2,4,4,5,2,4,4,5,2,4,4,5,2,4,4,5,2,4,4,5,2,4,4,5,2,4,4,5,2,4,4,5,2,4,4,5,2,4,4,5,2,4,4,5,2,4,4,5,2,4,4,5,2,4,4,5

#offset 4

add $0,1
add $0,1
add $0,1
sub $0,1
add $0,1
sub $0,1
sub $2,1
add $2,3
mov $1,$0
sub $2,5
lpb $1
  sub $1,1
  mul $2,3
lpe
mov $0,$2
div $0,2
mul $0,3
mul $0,7
div $0,-1
div $0,-7
mul $0,2
div $0,2
div $0,2
div $0,3
add $0,5
mod $0,10
sub $0,3
div $0,-2
