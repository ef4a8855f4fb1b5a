; A211669: Number of iterations f(f(f(...(n)...))) such that the result is < 2, where f(x) = cube root of x.
; 0,1,1,1,1,1,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2

#offset 1

sub $0,1
add $0,1
add $0,1
sub $0,1
mov $4,$0
sub $0,-1
sub $0,1
add $0,1
add $3,2
add $0,1
lpb $0
  div $0,10
  add $3,$3
lpe
mov $0,$3
sub $0,2
sub $0,1
div $0,3
add $0,1
sub $4,1
mov $5,$4
equ $5,0
mul $5,-1
add $0,$5
mul $0,2
div $0,2
