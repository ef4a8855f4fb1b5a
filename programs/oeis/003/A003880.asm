; A003880: Degrees of irreducible representations of group L2(8).
; Formula: a(n) = truncate((n-1)/6)+(truncate((n-1)/5)-1)+8+(-6*(n-1==0))
; 1,7,7,7,7,8,9,9,9

#offset 1

sub $0,1
mov $1,$0
mov $2,$0
div $2,5
sub $2,1
div $0,6
add $0,$2
add $0,8
equ $1,0
mul $1,-6
add $0,$1
