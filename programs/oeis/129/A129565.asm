; A129565: A115359 * A000012 as infinite lower triangular matrices.
; Formula: a(n) = (binomial(sqrtint(8*n-1),3)+1)%2
; 1,0,1,1,1,1,0,0,1,1,1,1,1,1,1,0,0,0,1,1,1,1,1,1,1,1,1,1,0,0,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,0,0,0,0,0,1,1,1,1,1

#offset 1

mul $0,8
sub $0,1
nrt $0,2
bin $0,3
add $0,1
mod $0,2
