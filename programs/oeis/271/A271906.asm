; A271906: Size of the largest subset S of the points of an n X n square grid such that no three of the points of S form a right isosceles triangle.
; Formula: a(n) = sqrtnint(4*(n-1)^5,4)+1
; 1,2,4,6,9,11,14,17,20,23,26

#offset 1

sub $0,1
pow $0,5
mul $0,4
nrt $0,4
add $0,1
