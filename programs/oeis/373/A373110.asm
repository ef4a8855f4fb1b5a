; A373110: Number of distinct circles that can be constructed from the 4 vertices and the equally spaced 4*n points placed on the sides of a square when every pair of the 4 + 4*n points are connected by a circle and where the points lie at the ends of the circle's diameter.
; Formula: a(n) = truncate((2*n+3)*(7*(0-2*n))/-4)+5
; 5,22,54,99,159,232,320,421,537,666,810,967,1139,1324,1524,1737,1965,2206,2462,2731,3015,3312,3624,3949

mul $0,2
sub $1,$0
add $0,3
mul $1,7
mul $0,$1
div $0,-4
add $0,5
