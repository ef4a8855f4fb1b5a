; A202278: Right-truncatable Fibonacci numbers: every prefix is Fibonacci number.
; 0,1,2,3,5,8,13,21,34,55,89

#offset 1

sub $0,1
sub $0,1
add $0,1
add $0,1
lpb $0
  sub $0,1
  add $2,$3
  add $2,$1
  div $1,-1
  add $1,$2
  bin $3,$1
lpe
mov $0,$1
