; A193838: Size k of smallest square of k X k lattice points from which n points with distinct mutual distances can be chosen.
; 1,2,3,4,5,6,7,9,10,11,13,15,16,18

#offset 1

sub $0,1
sub $0,1
sub $0,1
add $0,1
sub $0,1
sub $0,1
sub $0,8
sub $0,-2
sub $1,1
add $0,1
sub $0,1
mov $3,$0
sub $1,-1
add $0,1
sub $0,-1
add $0,1
mov $2,$0
lpb $2
  add $1,$0
  sub $2,-2
  div $2,2
  mov $0,$2
lpe
gcd $0,$1
mov $4,$3
mul $4,3
add $0,$4
sub $0,-1
sub $0,4
add $0,1
add $0,1
div $0,-1
add $0,2
sub $0,7
div $0,-2
add $0,3
sub $0,4
sub $0,-9
add $0,1
