; A018306: Divisors of 152.
; 1,2,4,8,19,38,76,152

#offset 1

sub $0,1
add $0,1
add $0,1
add $2,-3
lpb $0
  add $2,$3
  sub $0,1
  sub $2,$1
  add $3,$1
  add $2,$2
  add $1,$2
lpe
mov $0,$3
add $0,1
div $0,-4
add $0,1
sub $0,2
add $0,1
