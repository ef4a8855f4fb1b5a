; A054961: Maximal number of binary vectors of length n such that the unions (or bitwise ORs) of any 2 distinct vectors are all distinct.
; 1,2,3,4,5,6,8,10,13,17

mov $4,$0
sub $0,1
mov $3,10
lpb $0
  sub $0,1
  mul $3,3
lpe
nrt $3,4
mov $0,$3
add $0,1
mov $5,$4
equ $5,0
mul $5,-1
add $0,$5
