; A247397: Numbers n such that when n unit-diameter circles are arranged non-overlapping in the plane, and those circles are then enclosed in a rectangle, the area of the rectangle must be at least n.
; Formula: a(n) = truncate((11*n-1)/10)
; 1,2,3,4,5,6,7,8,9,10,12,13

#offset 1

mul $0,11
sub $0,1
div $0,10
