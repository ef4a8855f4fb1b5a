; A120562: Sum of binomial coefficients binomial(i+j, i) modulo 2 over all pairs (i,j) of positive integers satisfying 3i+j=n.
; 1,1,1,2,1,2,2,3,1,3,2,3,2,4,3,5,1,4,3,4,2,5,3,5,2,5,4,6,3,7,5,8,1,6,4,5,3,7,4,7,2,6,5,7,3,8,5,8,2,7,5,7,4,9,6,10,3,9,7,10,5,12,8,13,1,9,6,7,4,10,5,9,3,8,7,10,4,11,7,11

add $0,1
lpb $0
  add $1,2
  sub $0,1
  bin $2,$0
  mod $2,2
  add $3,$2
  mov $2,$1
lpe
mov $0,$3
