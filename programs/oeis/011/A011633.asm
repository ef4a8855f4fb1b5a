; A011633: 30th cyclotomic polynomial.
; Formula: a(n) = -(sumdigits(binomial(n,2),2)%3)+1
; 1,1,0,-1,-1,-1,0,1,1

bin $0,2
dgs $0,2
mod $0,3
mul $0,-1
add $0,1
