; A383856: Dimension in which a random vector of length n has the highest probability to fall into a single hypercube with side length of 10.
; Formula: a(n) = floor(binomial(n,6)/53)+1
; 1,1,1,1,1,1,1,1,2,4

#offset 1

bin $0,6
div $0,53
add $0,1
