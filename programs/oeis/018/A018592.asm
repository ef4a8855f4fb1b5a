; A018592: Divisors of 686.
; 1,2,7,14,49,98,343,686

#offset 1

sub $0,1
sub $0,1
sub $0,1
add $0,1
add $0,1
lpb $0
  add $1,6
  add $2,$3
  sub $0,1
  add $2,$2
  add $1,$2
  sub $2,$1
  sub $3,$2
  mov $2,$3
  add $2,$2
  sub $2,$1
lpe
mov $0,$1
div $0,6
add $0,1
