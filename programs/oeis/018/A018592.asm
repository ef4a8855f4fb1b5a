; A018592: Divisors of 686.
; 1,2,7,14,49,98,343,686

#offset 1

sub $0,1
sub $0,1
sub $0,2
add $0,2
add $0,1
lpb $0
  sub $0,1
  add $1,2
  mul $2,-1
  add $2,$3
  add $2,$3
  add $3,1
  add $2,$3
  add $1,$2
  mov $3,$1
  add $1,$2
  sub $3,$2
lpe
mov $0,$2
add $0,1
