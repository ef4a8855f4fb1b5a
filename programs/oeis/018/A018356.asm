; A018356: Divisors of 250.
; 1,2,5,10,25,50,125,250

#offset 1

sub $0,1
sub $0,1
add $1,4
add $0,1
add $0,1
lpb $0
  add $1,4
  add $2,$3
  sub $0,1
  add $2,$2
  add $1,$2
  sub $2,$1
  add $1,4
  sub $3,$2
  mov $2,$3
  sub $2,$1
lpe
mov $0,$1
div $0,4
add $0,3
sub $0,4
div $0,4
add $0,1
