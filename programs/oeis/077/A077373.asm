; A077373: Fibonacci numbers whose external digits as well as internal digits form a Fibonacci number.
; 0,1,1,2,3,5,8,13,21,34,55,89

#offset 1

sub $0,1
add $0,1
sub $0,1
mov $1,$0
mov $2,2
lpb $1
  sub $1,1
  add $3,$2
  sub $2,$3
  dif $2,-1
lpe
mov $0,$3
div $0,2
