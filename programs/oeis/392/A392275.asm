; A392275: The maximum exponent in the prime factorization of the smallest number whose cube is divisible by n.
; 0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2

#offset 1

sub $0,1
mov $1,$0
add $0,1
lpb $0
  sub $0,$2
  mov $2,8
  sub $0,8
lpe
sub $0,$2
bin $3,$0
mov $0,$3
mul $0,-1
add $0,1
equ $1,0
add $0,$1
mul $0,-1
add $0,2
