; A018299: Divisors of 136.
; 1,2,4,8,17,34,68,136

#offset 1

sub $0,1
add $0,1
add $0,1
add $2,-1
lpb $0
  add $2,$3
  add $2,-1
  sub $0,1
  sub $2,$1
  sub $3,$2
  add $2,-1
  add $3,$3
  add $2,$3
  add $1,$3
lpe
mov $0,$3
div $0,2
div $0,3
