; A370482: Characteristic function of primes plus characteristic function of even numbers.
; 1,0,2,1,1,1,1,1,1,0,1,1,1,1,1,0,1,1,1,1,1,0,1,1,1,0,1,0,1,1,1,1,1,0,1,0,1,1,1,0,1,1,1,1,1,0,1,1,1,0,1,0,1,1,1,0,1,0,1,1,1,1,1,0,1,0,1,1,1,0,1,1,1,1,1,0,1,0,1,1

lpb $0
  sub $0,2
  sub $1,1
  sub $2,$3
  mov $3,$1
  gcd $3,$0
  div $3,$1
lpe
equ $2,$0
sub $2,$3
mov $0,$2
