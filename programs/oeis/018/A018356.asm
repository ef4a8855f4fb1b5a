; A018356: Divisors of 250.
; 1,2,5,10,25,50,125,250

#offset 1

sub $0,1
sub $0,1
sub $0,1
sub $0,1
sub $0,-1
add $2,-3
add $0,3
mov $1,$0
lpb $1
  add $3,$2
  sub $1,1
  sub $2,$3
  add $3,$2
  add $3,4
  dif $2,-1
  mul $3,5
lpe
mov $0,$2
sub $0,5
div $0,5
add $0,2
