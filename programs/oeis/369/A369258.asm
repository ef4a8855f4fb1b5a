; A369258: a(n) = number of odd divisors of n that have an odd number of prime factors with multiplicity.
; 0,0,1,0,1,1,1,0,1,1,1,1,1,1,2,0,1,1,1,1,2,1,1,1,1,1,2,1,1,2,1,0,2,1,2,1,1,1,2,1,1,2,1,1,3,1,1,1,1,1,2,1,1,2,2,1,2,1,1,2,1,1,3,0,2,2,1,1,2,2,1,1,1,1,3,1,2,2,1,1

#offset 1

lpb $0
  sub $1,1
  mov $2,$1
  gcd $2,$0
  div $2,$1
  add $3,$2
  add $0,$1
lpe
mov $0,$3
div $0,-2
