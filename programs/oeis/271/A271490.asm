; A271490: Size of maximal subset of points of n X n grid such that no two points are at the same distance.
; Formula: a(n) = sqrtnint(11*(n*n),3)-1
; 1,2,3,4,5,6,7,7,8,9,10,10,11,11,12,13,13

#offset 1

mul $0,$0
mul $0,11
nrt $0,3
sub $0,1
