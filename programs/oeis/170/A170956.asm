; A170956: Expansion of Product_{i=1..m} (1 + x^(4*i-1)) for m = 3.
; Formula: a(n) = (sqrtnint(3*n%11,3)+1)%2
; 1,0,0,1,0,0,0,1,0,0,1,1,0,0,1,0,0,0,1,0,0,1

mul $0,3
mod $0,11
nrt $0,3
add $0,1
mod $0,2
