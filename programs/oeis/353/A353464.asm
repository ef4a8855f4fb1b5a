; A353464: Characteristic function of greater twin primes: a(n) = 1 if both n and n-2 are primes, otherwise 0.
; 0,0,0,0,1,0,1,0,0,0,0,0,1,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0

#offset 1

sub $0,4
max $0,0
add $0,1
lpb $0
  sub $1,1
  add $2,$0
  mul $2,$0
  sub $0,1
  add $2,$0
  div $2,$1
lpe
mov $0,$2
sub $0,1
mod $0,2
