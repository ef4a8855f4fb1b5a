; A011758: Barker sequence of length 13.
; Formula: a(n) = -2*(floor(binomial(n,2)/13)%2)+1
; 1,1,1,1,1,-1,-1,1,1,-1,1,-1,1

#offset 1

bin $0,2
div $0,13
mod $0,2
mul $0,-2
add $0,1
