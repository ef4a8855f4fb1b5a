; A118640: Result of left concatenation of the next Roman-numeral symbol.
; 1,6,16,66,166,666,1666,6666,16666,66666,166666,666666

#offset 1

sub $0,1
sub $0,1
sub $3,1
mov $2,4
add $0,2
lpb $0
  add $2,$3
  sub $0,1
  add $2,$3
  add $2,$2
  add $2,$3
  add $1,$2
  add $2,$3
  sub $2,$1
  add $2,$3
  sub $3,$2
  mov $2,$3
  add $2,$3
lpe
mov $0,$1
div $0,9
mul $0,5
add $0,1
