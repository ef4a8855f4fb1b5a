; A358551: Number of nodes in the ordered rooted tree with binary encoding A014486(n).
; Formula: a(n) = logint(lodafac(8*n-11,2),8)+1
; 1,2,3,3,4,4,4,4,4,5,5,5,5,5,5,5,5,5,5,5,5,5,5,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7

#offset 1

mul $0,8
sub $0,11
fac $0,2
log $0,8
add $0,1
