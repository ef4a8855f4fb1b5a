; A236682: Values of a for triples (a,b,c) of positive integers such that 1/a + 1/b + 1/c = 1/2 and a <= b <= c, listed with multiplicity.
; Formula: a(n) = floor(binomial(n,2)/15)+3
; 3,3,3,3,3,4,4,4,5,6

#offset 1

bin $0,2
div $0,15
add $0,3
