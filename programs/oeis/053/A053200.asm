; A053200: Binomial coefficients C(n,k) reduced modulo n, read by rows; T(0,0)=0 by convention.
; 0,0,0,1,0,1,1,0,0,1,1,0,2,0,1,1,0,0,0,0,1,1,0,3,2,3,0,1,1,0,0,0,0,0,0,1,1,0,4,0,6,0,4,0,1,1,0,0,3,0,0,3,0,0,1,1,0,5,0,0,2,0,0,5,0,1,1,0,0,0,0,0,0,0,0,0,0,1,1,0

sub $0,1
mov $2,$0
lpb $2
  sub $2,2
  add $2,$1
  add $1,-1
lpe
mov $0,$1
div $0,-1
add $0,1
bin $0,$2
mov $2,$0
lpb $2
  add $2,$1
  sub $2,1
lpe
mov $0,$2
