; A037588: Base 9 digits are, in order, the first n terms of the periodic sequence with initial period 3,1.
; 3,28,255,2296,20667,186004,1674039,15066352,135597171,1220374540,10983370863,98850337768,889653039915,8006877359236,72061896233127,648557066098144,5837013594883299

#offset 1

sub $0,1
add $0,1
add $0,1
sub $0,1
sub $0,1
add $0,1
add $2,1
mov $1,$0
sub $2,3
lpb $1
  sub $1,1
  mul $2,3
lpe
mov $0,$2
div $0,2
mul $0,3
div $0,3
mul $0,7
mul $0,$2
div $0,-8
mul $0,2
div $0,2
div $0,5
add $0,1
sub $0,-2
div $0,-1
add $0,3
