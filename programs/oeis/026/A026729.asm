; A026729: Square array of binomial coefficients T(n,k) = binomial(n,k), n >= 0, k >= 0, read by downward antidiagonals.
; 1,0,1,0,1,1,0,0,2,1,0,0,1,3,1,0,0,0,3,4,1,0,0,0,1,6,5,1,0,0,0,0,4,10,6,1,0,0,0,0,1,10,15,7,1,0,0,0,0,0,5,20,21,8,1,0,0,0,0,0,1,15,35,28,9,1,0,0,0,0,0,0,6,35,56,36,10,1,0,0

mov $2,$0
lpb $2
  sub $2,1
  add $2,$1
  add $1,-1
lpe
mov $0,$1
div $0,-1
sub $0,$2
bin $2,$0
sub $2,1
mov $0,$2
add $0,1
