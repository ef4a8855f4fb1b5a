; A105673: One-half of theta series of square lattice (or half the number of ways of writing n > 0 as a sum of 2 squares), without the constant term, which is 1/2.
; 2,2,0,2,4,0,0,2,2,4,0,0,4,0,0,2,4,2,0,4,0,0,0,0,6,4,0,0,4,0,0,2,0,4,0,2,4,0,0,4,4,0,0,0,4,0,0,0,2,6,0,4,4,0,0,0,0,4,0,0,4,0,0,2,8,0,0,4,0,0,0,2,4,4,0,0,0,0,0,4

#offset 1

mul $0,2
lpb $0
  sub $0,1
  add $1,1
  sub $2,$3
  mov $3,$1
  gcd $3,$0
  bin $3,$1
  div $2,-1
  sub $2,$3
  sub $0,1
  add $1,1
lpe
sub $2,$3
gcd $0,$2
