; A082647: Number of ways n can be expressed as the sum of d consecutive positive integers where d>0 is a divisor of n.
; 1,1,1,1,1,2,1,1,2,1,1,2,1,1,3,1,1,2,1,2,2,1,1,2,2,1,2,2,1,3,1,1,2,1,3,2,1,1,2,2,1,3,1,1,4,1,1,2,2,2,2,1,1,3,2,2,2,1,1,3,1,1,4,1,2,3,1,1,2,3,1,3,1,1,3,1,3,2,1,2

#offset 1

sub $0,1
mov $1,-1
lpb $0
  add $0,1
  sub $1,2
  add $0,$1
  mov $2,$1
  gcd $2,$0
  div $2,$1
  add $3,$2
  add $0,$1
lpe
mov $0,$3
div $0,-1
add $0,1
