; A370301: Least number of vertices of a universal graph for cycles up to length n, i.e., a graph containing induced cycles of lengths 3..n.
; Formula: a(n) = truncate((8*n-73)/6)+11
; 3,5,6,7,9,10,11,12,13,14,16

#offset 3

mul $0,8
sub $0,73
div $0,6
add $0,11
