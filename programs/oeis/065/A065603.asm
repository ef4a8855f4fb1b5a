; A065603: Transposition diameter: maximal number of moves in an optimal sorting of n objects by moving blocks.
; 0,1,2,3,3,4,4,5,5,6,6,7,8,8,9

#offset 1

sub $0,1
mov $2,$0
sub $0,1
sub $0,1
sub $0,1
sub $0,1
sub $0,1
sub $0,1
mul $0,5
add $0,124
add $0,30
sub $0,-164
div $0,3
mul $0,5
add $0,30
sub $0,735
sub $0,-9
div $0,5
mul $0,2
add $0,1
sub $0,21
sub $0,-96
add $0,11
sub $0,-1
div $0,6
add $0,1
mov $3,$2
equ $3,0
mul $3,-1
add $0,$3
