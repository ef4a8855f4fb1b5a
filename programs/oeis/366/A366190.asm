; A366190: Minimal lengths of prime knots formed by orthogonal unit line segments of the cubic lattice.
; 4,24,30,34,36,40,42,44,46,48,50,52,54,56,58,60,62,64

#offset 1

sub $0,1
mov $1,$0
sub $0,1
max $0,0
pow $2,$0
add $0,2
mov $3,$0
div $3,2
lpb $3
  mov $3,3
lpe
add $0,$3
mul $2,-2
add $0,$2
mul $0,2
add $0,22
equ $1,0
mul $1,-20
add $0,$1
