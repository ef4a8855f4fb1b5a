; A018421: Divisors of 375.
; 1,3,5,15,25,75,125,375

#offset 1

sub $0,1
sub $0,1
sub $0,1
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
sub $0,8
div $0,4
add $0,3
