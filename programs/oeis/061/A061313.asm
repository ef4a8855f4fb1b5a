; A061313: Minimal number of steps to get from 1 to n by (a) subtracting 1 or (b) multiplying by 2.
; 0,1,3,2,5,4,4,3,7,6,6,5,6,5,5,4,9,8,8,7,8,7,7,6,8,7,7,6,7,6,6,5,11,10,10,9,10,9,9,8,10,9,9,8,9,8,8,7,10,9,9,8,9,8,8,7,9,8,8,7,8,7,7,6,13,12,12,11,12,11,11,10,12,11,11,10,11,10,10,9

#offset 1

sub $0,1
add $0,1
sub $0,1
sub $0,1
add $0,1
mov $3,$0
sub $0,1
add $0,1
sub $0,-1
add $0,1
mov $2,$0
lpb $2
  add $1,$0
  sub $2,-2
  div $2,2
  mov $0,$2
lpe
add $0,$1
mov $4,$3
mul $4,-2
add $0,$4
sub $0,-1
sub $0,4
add $0,1
