; A334084: Integers m such that only 2 binomial coefficients C(m,k), with 0<=k<=m, are practical numbers.
; 1,3,5,7,15,31,63,127,255,511,1023,2047,4095,8191,16383,32767

#offset 1

sub $0,1
sub $0,1
sub $0,1
add $0,2
sub $1,2
add $2,$1
lpb $0
  sub $0,1
  add $2,$1
  mov $1,$2
lpe
mov $0,$1
sub $0,-44
div $0,-2
add $0,19
sub $0,2
div $0,2
sub $0,-1
mul $0,2
div $0,2
sub $0,-1
mul $0,2
add $0,1
