; A077373: Fibonacci numbers whose external digits as well as internal digits form a Fibonacci number.
; 0,1,1,2,3,5,8,13,21,34,55,89

#offset 1

sub $0,1
sub $1,5
lpb $0
  sub $0,1
  mul $2,-1
  add $2,$1
  add $1,$2
lpe
mov $0,$2
div $0,-5
mul $0,-3
div $0,-3
