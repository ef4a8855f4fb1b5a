; A118640: Result of left concatenation of the next Roman-numeral symbol.
; 1,6,16,66,166,666,1666,6666,16666,66666,166666,666666

#offset 1

sub $0,1
sub $0,1
sub $2,1
add $0,1
add $2,-2
sub $0,1
add $0,6
mov $1,$0
lpb $1
  add $3,$2
  sub $1,1
  sub $2,1
  sub $2,$3
  add $3,$2
  add $3,6
  dif $2,-1
  mul $3,10
lpe
mov $0,$2
sub $0,661
div $0,400
add $0,1
