; A202238: Characteristic function of positive integers not prime and not a power of 2.
; 0,0,0,0,0,1,0,0,1,1,0,1,0,1,1,0,0,1,0,1,1,1,0,1,1,1,1,1,0,1,0,0,1,1,1,1,0,1,1,1,0,1,0,1,1,1,0,1,1,1,1,1,0,1,1,1,1,1,0,1,0,1,1,0,1,1,0,1,1,1,0,1,0,1,1,1,1,1,0,1

#offset 1

sub $0,2
mov $1,1
lpb $0
  sub $0,4
  add $1,2
  sub $0,$2
  mov $2,$1
  gcd $2,$0
  bin $2,$1
  mul $2,$1
  mul $2,$1
  mul $2,$2
lpe
sub $3,$2
mov $0,$3
mul $0,-1
mod $0,2
