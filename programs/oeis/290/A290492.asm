; A290492: Maximal number of binary vectors of length n such that the unions (or bitwise ORs) of any 3 distinct vectors are all distinct.
; 1,2,3,4,5,6,7,8,9,10,11,12,14

add $0,1
gcd $3,$0
mul $3,12
lpb $3
  div $3,6
  add $1,$3
  sub $1,2
  sub $3,1
lpe
add $0,$1
mul $0,5
div $0,15
mul $0,2
div $0,2
add $0,1
