; A104121: a(n)=1 if there is a partition of n^3 into n primes such that n-1 are consecutive primes and the remaining prime is larger than the sum of the n-1 consecutive primes, otherwise a(0)=0 if no such partition exists.
; 0,0,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1

sub $0,1
mov $4,$0
sub $0,1
add $0,1
add $0,2
dgs $0,9
sub $0,2
add $0,2
mov $1,$0
lpb $1
  sub $1,1
  sub $2,2
  sub $3,$3
  trn $3,$2
  sub $2,$3
lpe
mov $0,$2
div $0,-8
add $0,1
mov $5,$4
equ $5,0
add $0,$5
add $0,1
mod $0,2
