; A265286: Minimal number of pieces of a cake such that they can be distributed equally among k guests for any k=1,2,...,n.
; 1,2,4,6,9,11,14,16,19

#offset 1

sub $0,1
mov $4,$0
sub $0,1
max $0,0
mul $0,2
add $0,1
sub $0,1
sub $3,$0
mov $0,$3
sub $0,-1
mul $0,-10
div $0,8
add $0,3
mov $5,$4
equ $5,0
mul $5,-1
add $0,$5
