; A383643: Number of n-dimensional additively indecomposable positive definite integral lattices (or quadratic forms).
; 1,0,0,0,0,1,1,1,2

#offset 1

sub $0,1
mov $1,$0
sub $0,1
sub $0,1
add $0,1
add $0,$0
div $0,7
mul $0,6
div $0,6
mov $2,$1
equ $2,0
add $0,$2
