; A360210: Indices of squares in A068869.
; 1,4,5,6,7,8,9,10,11,13,14,15,16

#offset 1

sub $0,1
mov $1,$0
sub $0,1
max $0,0
sub $0,1
sub $0,2
add $0,1
add $0,$0
sub $0,2
mul $0,3
div $0,5
add $0,1
sub $0,3
mul $0,2
add $0,4
sub $0,-4
div $0,2
add $0,5
mov $2,$1
equ $2,0
mul $2,-3
add $0,$2
