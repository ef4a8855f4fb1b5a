; A037281: Number of iterations of transformation in A037280 needed to reach 1 or a prime, or -1 if no such number exists.
; 0,0,0,1,0,1,0,1,1,2,0

#offset 1

sub $0,1
add $0,1
sub $0,1
add $0,2
mov $2,$0
sub $1,-2
mul $2,$2
dgs $2,$1
add $2,-1
mov $0,$2
div $0,2
