; A204439: Symmetric matrix: f(i,j)=((i+j+2)^2 mod 3), by (constant) antidiagonals.
; 1,1,1,0,0,0,1,1,1,1,1,1,1,1,1,0,0,0,0,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,0,0,0,0,0,0,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,1,1

#offset 1

sub $0,1
sub $0,1
sub $0,1
sub $0,1
add $0,3
sub $0,1
add $0,1
add $0,1
sub $0,1
add $0,1
sub $0,1
gcd $2,$0
sub $1,1
add $2,-1
lpb $2
  add $1,-1
  add $2,$1
lpe
equ $4,0
mul $4,$1
mov $0,$4
add $0,1
mod $0,3
mod $0,2
mul $0,-2
div $0,-2
add $0,1
