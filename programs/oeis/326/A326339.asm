; A326339: Number of connected simple graphs with vertices {1..n} and no crossing or nesting edges.
; 1,0,1,4,12,36,108,324

sub $0,1
mov $4,$0
sub $0,1
add $0,1
sub $0,1
sub $3,4
add $0,1
sub $0,1
sub $3,5
mov $1,$0
add $1,$1
lpb $1
  sub $1,2
  mov $0,$2
  sub $3,2
  mul $3,3
lpe
add $0,$3
div $0,6
mul $0,4
div $0,-6
add $0,1
mov $5,$4
equ $5,0
mul $5,-1
add $0,$5
