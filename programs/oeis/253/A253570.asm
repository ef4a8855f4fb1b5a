; A253570: Maximum number of circles of radius 1 that can be packed into a regular n-gon with side length 2 (conjectured).
; Formula: a(n) = truncate((n-1)/3)+truncate(binomial(0-(n-3),2)/7)
; 0,1,1,1,3,4,5,7,8,9

#offset 3

sub $0,3
sub $1,$0
add $0,2
bin $1,2
div $0,3
div $1,7
add $0,$1
