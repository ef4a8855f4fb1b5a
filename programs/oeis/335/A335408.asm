; A335408: Diameter of nearest neighbor interchange distance for free 3-trees.
; Formula: a(n) = truncate(((n+7)*(n+7)-102)/12)
; 0,1,3,5,7,10,12,15,18,21

#offset 3

add $0,7
mul $0,$0
sub $0,102
div $0,12
