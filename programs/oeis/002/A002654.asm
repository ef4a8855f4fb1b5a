; A002654: Number of ways of writing n as a sum of at most two nonzero squares, where order matters; also (number of divisors of n of form 4m+1) - (number of divisors of form 4m+3).
; 1,1,0,1,2,0,0,1,1,2,0,0,2,0,0,1,2,1,0,2,0,0,0,0,3,2,0,0,2,0,0,1,0,2,0,1,2,0,0,2,2,0,0,0,2,0,0,0,1,3,0,2,2,0,0,0,0,2,0,0,2,0,0,1,4,0,0,2,0,0,0,1,2,2,0,0,0,0,0,2

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
  sub $0,1
  add $1,1
lpe
sub $2,$3
gcd $0,$2
