; A011759: Barker sequence of length 13.
; Formula: a(n) = floor(binomial(n,2)/13)%2
; 0,0,0,0,0,1,1,0,0,1,0,1,0

#offset 1

bin $0,2
div $0,13
mod $0,2
