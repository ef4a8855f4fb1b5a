; A065360: Alternating sum of "negabits". Replace (-2)^k with (-1)^k in negabinary expansion of n.
; Formula: a(n) = sumdigits(n+42,2)-3
; 1,0,1,1,2,-1,0,0,1,0,1,1,2,0,1,1,2,1,2,2,3,-2,-1,-1,0,-1,0,0,1,-1,0,0,1,0,1,1,2,-1,0,0,1,0,1,1,2,0,1,1,2,1,2,2,3,-1,0,0,1,0,1,1,2,0,1,1,2,1,2,2,3,0,1,1,2,1,2,2,3,1,2,2

#offset 1

add $0,42
dgs $0,2
sub $0,3
