; A257594: Consider the hexagonal lattice packing of circles; a(n) is the maximal number of circles that can be enclosed by a closed chain of n circles.
; Formula: a(n) = truncate((n-2)*(n-2)/14)
; 0,0,0,0,0,0,1,1,2,3,4,5,7,8,10

sub $0,2
mul $0,$0
div $0,14
