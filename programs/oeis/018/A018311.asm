; A018311: Divisors of 162.
; 1,2,3,6,9,18,27,54,81,162

#offset 1

sub $0,1
sub $0,-1
mov $4,$0
lpb $4
  add $1,2
  sub $4,1
  mul $2,-3
  add $2,$1
  add $1,$2
  add $1,6
  add $1,$2
lpe
mov $0,$2
mul $0,4
add $0,16
sub $0,24
div $0,24
add $0,1
