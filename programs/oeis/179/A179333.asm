; A179333: The length of a shortest radius-2 sequence on n symbols.
; 0,2,3,5,6,12,14,17

#offset 1

sub $0,1
add $0,1
add $1,$0
div $1,2
sub $1,1
sub $0,1
add $2,2
add $0,$1
div $1,2
add $2,$1
mul $0,$2
div $0,2
add $1,$0
mov $0,$1
sub $0,-1
