; A010890: 15th cyclotomic polynomial.
; Formula: a(n) = lodamod(lodadif((n+1)%8-3,-2),2)
; 1,-1,0,1,-1,1,0,-1,1

add $0,1
mod $0,8
sub $0,3
dif $0,-2
mod $0,2
