; A178474: Triangle T(n,m) read by rows: the denominator of the coefficient [x^m] of the inverse Euler polynomial E^{-1}(n,x), 0<=m<=n.
; Formula: a(n) = truncate(A040019(A104795(n))/7)+1
; 1,2,1,2,1,1,2,2,2,1,2,1,1,1,1,2,2,1,1,2,1,2,1,2,1,2,1,1,2,2,2,2,2,2,2,1,2,1,1,1,1,1,1,1,1,2,2,1,1,1,1,1,1,2,1,2,1,2,1,1,1,1,1,2,1,1,2,2,2,2,1,1,1,1,2,2,2,1,2,1

seq $0,104795
seq $0,40019
div $0,7
add $0,1
