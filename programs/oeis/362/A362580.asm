; A362580: a(n) = packing chromatic number of an n X n grid.
; Formula: a(n) = sqrtint(24*n+1)-4
; 1,3,4,5,7,8,9,9,10,11

#offset 1

mul $0,24
add $0,1
nrt $0,2
sub $0,4
