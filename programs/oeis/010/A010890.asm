; A010890: 15th cyclotomic polynomial.
; 1,-1,0,1,-1,1,0,-1,1

add $0,1
mod $0,8
sub $0,3
dif $0,-2
mod $0,2
