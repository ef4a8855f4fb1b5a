; A395263: Maximum number of sides of the convex hull of an n-cell polyomino.
; Formula: a(n) = A205633(max(n-2,0))+A000194(6*max(n-2,0))+3
; 4,4,5,6,8,8,8,9,10,10,10,11,11

#offset 1

sub $0,2
max $0,0
mov $1,$0
mul $1,6
seq $0,205633
seq $1,194
add $0,$1
add $0,3
