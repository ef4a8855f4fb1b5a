; A278375: Edge-distinguishing chromatic number of ladder graph with 2n vertices.
; Formula: a(n) = sqrtint(2*sqrtnint(5*(n-1),3)+5*(n-1))+1
; 1,3,4,5,5,6,7,7,7,8,8,8,9,9

#offset 1

sub $0,1
mul $0,5
mov $1,$0
nrt $0,3
mul $0,2
add $0,$1
nrt $0,2
add $0,1
