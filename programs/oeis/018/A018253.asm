; A018253: Divisors of 24.
; 1,2,3,4,6,8,12,24

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
add $0,4
