; A133483: A way of splitting the numbers from 1 to 16 into two groups so that the numbers in each group have the same sum, the same sum of squares and the same sum of cubes.
; 1,4,6,7,10,11,13,16

#offset 1

sub $0,1
sub $0,1
add $0,1
sub $0,1
add $0,1
mov $3,$0
sub $0,1
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
mul $4,-2
add $0,$4
sub $0,-1
sub $0,4
add $0,1
add $0,1
sub $0,1
div $0,-1
add $0,1
