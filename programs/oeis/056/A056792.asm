; A056792: Minimal number of steps to get from 0 to n by (a) adding 1 or (b) multiplying by 2.
; 0,1,2,3,3,4,4,5,4,5,5,6,5,6,6,7,5,6,6,7,6,7,7,8,6,7,7,8,7,8,8,9,6,7,7,8,7,8,8,9,7,8,8,9,8,9,9,10,7,8,8,9,8,9,9,10,8,9,9,10,9,10,10,11,7,8,8,9,8,9,9,10,8,9,9,10,9,10,10,11

mov $3,$0
sub $0,1
sub $0,1
sub $0,1
add $0,1
sub $0,-1
sub $0,1
add $0,1
lpb $0
  add $2,3
  sub $0,1
  dif $0,2
lpe
mov $0,$2
div $0,3
add $0,1
mov $4,$3
equ $4,0
mul $4,-1
add $0,$4
