; A253570: Maximum number of circles of radius 1 that can be packed into a regular n-gon with side length 2 (conjectured).
; 0,1,1,1,3,4,5,7,8,9

#offset 3

sub $0,3
mov $4,$0
sub $0,1
sub $0,1
add $0,1
sub $0,1
gcd $3,$0
mul $3,11
div $3,12
add $1,$3
add $0,$1
mul $0,5
mul $0,2
div $0,15
add $0,1
mov $5,$4
equ $5,0
mul $5,-1
add $0,$5
