; A018421: Divisors of 375.
; 1,3,5,15,25,75,125,375

#offset 1

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
  add $3,6
  dif $2,-1
  mul $3,5
lpe
mov $0,$2
div $0,15
mul $0,2
add $0,1
sub $0,5
div $0,5
add $0,1
