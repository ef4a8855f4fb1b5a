; A185119: Number of connected 2-regular simple graphs on n vertices with girth at least 9.
; Formula: a(n) = (sqrtnint(15*n,7)+1)%2
; 1,0,0,0,0,0,0,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1

mul $0,15
nrt $0,7
add $0,1
mod $0,2
