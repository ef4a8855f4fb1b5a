; A018487: Divisors of 496.
; 1,2,4,8,16,31,62,124,248,496

#offset 1

sub $0,1
sub $0,1
sub $0,1
sub $0,1
add $0,1
mov $2,-1
add $0,1
sub $3,3
add $0,1
lpb $0
  add $1,$2
  sub $0,1
  gcd $2,$1
  add $2,$3
  sub $1,1
  add $3,$2
  mov $2,$1
  add $1,$1
  add $1,$2
  add $2,$1
  add $2,$3
lpe
mov $0,$3
sub $0,-3
div $0,-2
add $0,1
