; A067742: Number of middle divisors of n, i.e., divisors in the half-open interval [sqrt(n/2), sqrt(n*2)).
; 1,1,0,1,0,2,0,1,1,0,0,2,0,0,2,1,0,1,0,2,0,0,0,2,1,0,0,2,0,2,0,1,0,0,2,1,0,0,0,2,0,2,0,0,2,0,0,2,1,1,0,0,0,2,0,2,0,0,0,2,0,0,2,1,0,2,0,0,0,2,0,3,0,0,0,0,2,0,0,2

#offset 1

lpb $0
  sub $1,1
  add $0,$1
  sub $2,$3
  mov $3,$1
  gcd $3,$0
  div $3,$1
  bin $3,$1
  mul $3,-1
lpe
sub $2,$3
mov $0,$2
