; A290492: Maximal number of binary vectors of length n such that the unions (or bitwise ORs) of any 3 distinct vectors are all distinct.
; Formula: a(n) = floor(13*n/12)+1
; 1,2,3,4,5,6,7,8,9,10,11,12,14

mul $0,13
div $0,12
add $0,1
