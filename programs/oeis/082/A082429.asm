; A082429: a(n) is the cardinality of the smallest subset S1 of S={1,2,3,...,n} such that every element of S is either in S1 or is the sum of two elements of S1.
; 1,2,2,3,3,3,4,4,4,5,5,5,5,6,6,6,6,7,7,7,7,7,8,8,8,8,8

#offset 1

sub $0,1
add $0,1
add $0,1
sub $0,1
sub $0,-1
sub $0,-1
mov $3,$0
add $0,$3
add $0,$0
add $0,2
nrt $0,2
div $0,-1
sub $0,-2
div $0,-1
add $0,2
sub $0,4
add $0,3
add $0,4
equ $5,0
mul $5,-2
add $0,$5
sub $0,6
mul $0,2
add $0,4
div $0,2
add $0,1
