; A065603: Transposition diameter: maximal number of moves in an optimal sorting of n objects by moving blocks.
; Formula: a(n) = n-1-sqrtint(truncate((n-3)*(n-1)/5))
; 0,1,2,3,3,4,4,5,5,6,6,7,8,8,9

#offset 1

sub $0,1
mov $1,$0
sub $1,2
mul $1,$0
div $1,5
nrt $1,2
sub $0,$1
