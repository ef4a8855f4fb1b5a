; A096446: Number of reduced primitive positive definite binary quadratic forms of determinant n.
; 1,1,2,1,2,2,2,3,2,2,4,2

#offset 1

add $0,1
lpb $0
  sub $0,2
  sub $1,1
  sub $2,$3
  mov $3,$1
  gcd $3,$0
  div $3,$1
  sub $1,3
  mul $3,$1
  seq $3,20824
lpe
sub $2,$3
mov $0,$2
div $0,-4
