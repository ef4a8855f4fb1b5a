; A138711: n-th run has length n-th positive triangular number, with digits 0 and 1 only, starting with 1.
; Formula: a(n) = sqrtnint(6*n+1,3)%2
; 1,0,0,0,1,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1

#offset 1

mul $0,6
add $0,1
nrt $0,3
mod $0,2
