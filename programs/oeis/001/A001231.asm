; A001231: Number of nonisomorphic projective planes of order n.
; Formula: a(n) = lodamod(truncate(lodapow(n-1,n-1)/332)+1,5)
; 1,1,1,1,0,1,1,4,0

#offset 2

sub $0,1
pow $0,$0
div $0,332
add $0,1
mod $0,5
