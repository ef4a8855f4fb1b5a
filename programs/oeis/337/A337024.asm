; A337024: Number of ways to tile a 2n X 2n square with 1 X 1 white and n X n black squares.
; 16,35,60,91,128,171,220,275,336,403,476,555,640,731,828,931,1040,1155,1276,1403,1536,1675,1820,1971,2128,2291,2460,2635,2816,3003,3196,3395,3600,3811,4028,4251,4480,4715,4956,5203

#offset 1

sub $0,1
add $0,3
sub $0,1
add $0,1
mov $2,$0
sub $2,1
add $3,$0
add $3,$0
add $3,$2
mov $0,$3
mul $0,7
div $0,7
mul $0,$0
div $0,3
add $0,7
sub $0,8
lpb $2
  sub $2,1
lpe
sub $0,7
mul $0,6
add $0,1
sub $0,79
div $0,6
add $0,16
