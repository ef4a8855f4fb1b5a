; A208952: Number of distinct values of the areas of the convex hulls of permutations {(1,p(1)), (2,p(2)), ..., (n,p(n))} of {1, 2, ..., n}, considered as points in the plane.
; Formula: a(n) = truncate((-3*truncate((n-2)/4)+binomial(0-(n-2),3))/-1)+1
; 1,1,2,5,11,24,39,60

#offset 1

sub $0,2
sub $1,$0
bin $1,3
div $0,4
mul $0,-3
add $0,$1
div $0,-1
add $0,1
