; A104121: a(n)=1 if there is a partition of n^3 into n primes such that n-1 are consecutive primes and the remaining prime is larger than the sum of the n-1 consecutive primes, otherwise a(0)=0 if no such partition exists.
; 0,0,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1

mov $3,$0
sub $0,1
mov $1,$0
sub $2,3
lpb $1
  sub $1,1
  mul $2,-2
lpe
mov $0,$2
sub $0,-3
add $0,1
sub $0,1
mov $4,$3
equ $4,8
add $0,$4
mod $0,2
add $0,2
mod $0,2
