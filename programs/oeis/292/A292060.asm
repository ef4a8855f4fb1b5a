; A292060: Minimum number of points of the square lattice falling strictly inside an equilateral triangle of side n.
; Formula: a(n) = truncate((7*n-5)*(7*n-5)/112)
; 0,0,0,2,4,8,12,17,23,30,37

mul $0,7
sub $0,5
mul $0,$0
div $0,112
