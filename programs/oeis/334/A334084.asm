; A334084: Integers m such that only 2 binomial coefficients C(m,k), with 0<=k<=m, are practical numbers.
; 1,3,5,7,15,31,63,127,255,511,1023,2047,4095,8191,16383,32767

#offset 1

sub $0,1
add $0,1
sub $0,-2
add $3,1
lpb $0
  sub $0,1
  add $3,$3
lpe
mov $0,$3
sub $0,1
div $0,4
mul $0,6
div $0,12
mul $0,7
sub $0,43
div $0,14
add $0,2
sub $0,-1
mul $0,2
add $0,1
