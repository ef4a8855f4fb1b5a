; A293956: Maximum over all sets of n points in the plane of the number of second-smallest distances between the points.
; Formula: a(n) = A293168(2*max(n-2,0))
; 0,0,2,4,6,9,11,14,18,20

#offset 1

sub $0,2
max $0,0
mul $0,2
seq $0,293168
