; A271907: Size of the largest subset S of the points of an n X n square grid such that no three of the points of S form an isosceles triangle.
; Formula: a(n) = A004277(n-1)
; 1,2,4,6,8,10,12,14,16,18

#offset 1

sub $0,1
seq $0,4277
