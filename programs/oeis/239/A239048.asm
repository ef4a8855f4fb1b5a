; A239048: 1 plus the n-th divisor of 24.
; 2,3,4,5,7,9,13,25

#offset 1

sub $0,4
mov $1,$0
lpb $1
  mov $0,1
  sub $1,1
  mov $2,$3
  add $3,1
  add $2,$3
  mul $3,$1
lpe
add $0,$2
add $0,5
