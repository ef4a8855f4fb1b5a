; A202103: Number of points matched in largest non-crossing matching of n=w+b points in the plane (w white, b black).
; Formula: a(n) = 2*floor(5*n/12)
; 0,0,2,2,4,4,4,6,6,8,8,10

#offset 1

mul $0,5
div $0,12
mul $0,2
