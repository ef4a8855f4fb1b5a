; A121151: Minimal number of vertices in an n-polytrimino (or n-polyiamond).
; 3,4,5,6,7,7,8,9,10,10,11,12,12,13

#offset 1

sub $0,1
mov $1,$0
sub $0,1
max $0,0
add $0,1
add $0,1
mul $0,3
sub $0,1
pow $0,2
div $0,3
nrt $0,2
add $0,1
sub $0,3
sub $0,-3
mov $2,$1
equ $2,0
sub $0,$1
mul $2,-2
add $0,$2
sub $0,1
add $0,3
