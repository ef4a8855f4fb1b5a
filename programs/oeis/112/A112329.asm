; A112329: Number of divisors of n if n odd, number of divisors of n/4 if n divisible by 4, otherwise 0.
; 1,0,2,1,2,0,2,2,3,0,2,2,2,0,4,3,2,0,2,2,4,0,2,4,3,0,4,2,2,0,2,4,4,0,4,3,2,0,4,4,2,0,2,2,6,0,2,6,3,0,4,2,2,0,4,4,4,0,2,4,2,0,6,5,4,0,2,2,4,0,2,6,2,0,6,2,4,0,2,6

#offset 1

lpb $0
  sub $0,1
  sub $1,1
  mul $2,-1
  mov $3,$1
  gcd $3,$0
  div $3,$1
  sub $2,$3
lpe
gcd $0,$2
