; A077819: a(n) is the exponent of 3 in the denominator of the probability P(n) of the occurrence of a 3-dimensional self-trapping walk of length n.
; 0,0,1,0,1,3,2,1,5

#offset 11

sub $0,10
gcd $1,$0
lpb $0
  sub $0,3
  sub $2,4
  sub $3,$1
  mov $1,$2
  gcd $1,$0
  div $1,$2
  sub $2,2
  mul $1,$2
lpe
sub $3,$1
mov $0,$3
div $0,-5
