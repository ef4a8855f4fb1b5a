; A304041: Number of inequivalent solutions to problem in A054961.
; Formula: a(n) = -((binomial(binomial(n,5)+5,5)+1)%3)+3
; 1,1,1,1,1,2,2,3,2,1

bin $0,5
add $0,5
bin $0,5
add $0,1
mod $0,3
mul $0,-1
add $0,3
