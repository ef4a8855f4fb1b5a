; A241471: Number of simple connected graphs g on n nodes with |Aut(g)| = 5040.
; Formula: a(n) = binomial(n+5,12)%6
; 0,0,0,0,0,0,1,1,1,5

#offset 1

add $0,5
bin $0,12
mod $0,6
