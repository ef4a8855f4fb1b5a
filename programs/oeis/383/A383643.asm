; A383643: Number of n-dimensional additively indecomposable positive definite integral lattices (or quadratic forms).
; 1,0,0,0,0,1,1,1,2

#offset 1

sub $0,1
mov $2,$0
sub $0,1
sub $0,1
div $0,3
mov $3,$2
equ $3,0
add $0,$3
