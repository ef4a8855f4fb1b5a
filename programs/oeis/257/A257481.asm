; A257481: Consider a hole-less cluster of n circles in the hexagonal lattice packing of circles; a(n) is the maximal number of circles that touch 6 circles.
; Formula: a(n) = floor(n*n/48)
; 0,0,0,0,0,0,1,1,1,2,2,3,3,4

#offset 1

mul $0,$0
div $0,48
