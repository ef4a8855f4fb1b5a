; A037588: Base 9 digits are, in order, the first n terms of the periodic sequence with initial period 3,1.
; 3,28,255,2296,20667,186004,1674039,15066352,135597171,1220374540,10983370863,98850337768,889653039915,8006877359236,72061896233127,648557066098144,5837013594883299

#offset 1

sub $0,1
sub $0,1
sub $0,-1
mov $2,1
add $0,2
lpb $0
  add $2,$3
  add $2,$3
  sub $0,1
  add $2,$3
  add $2,$3
  add $2,$3
  add $1,$2
  add $1,$2
  sub $2,$1
  sub $3,$2
  mov $2,$3
  add $2,$3
  sub $2,$1
  add $2,$3
lpe
mov $0,$2
sub $0,13
div $0,4
add $0,3
