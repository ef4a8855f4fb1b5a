; A370301: Least number of vertices of a universal graph for cycles up to length n, i.e., a graph containing induced cycles of lengths 3..n.
; 3,5,6,7,9,10,11,12,13,14,16

#offset 3

sub $0,3
add $0,1
sub $0,1
mov $4,$0
sub $0,1
max $0,0
add $0,3
mov $3,$0
div $3,6
sub $3,1
add $0,$3
mov $5,$4
equ $5,0
mul $5,-2
add $0,$5
add $0,3
