; A138712: n-th run has length n-th positive triangular number, with digits 0 and 1 only, starting with 0.
; Formula: a(n) = lodamod(sqrtnint(6*n+1,3)-1,2)
; 0,1,1,1,0,0,0,0,0,0,1,1,1,1,1,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0

#offset 1

mul $0,6
add $0,1
nrt $0,3
sub $0,1
mod $0,2
