; A079685: Degrees of irreducible representations of SL(2,5).
; 1,2,2,3,3,4,4,5,6

#offset 1

sub $0,1
mov $1,$0
sub $0,1
max $0,0
sub $0,3
add $0,1
add $0,$0
sub $0,1
div $0,3
add $0,2
add $0,1
mov $2,$1
equ $2,0
mul $2,-1
add $0,$2
