; A031401: Period of continued fraction for sqrt(A031400(n)).
; 1,2,4,8,4,4,4,4,4,4,4

#offset 1

sub $0,1
lpb $0
  add $3,1
  sub $0,1
  add $2,$3
  add $2,$1
  mul $0,$3
  mul $3,-1
  sub $3,-1
  div $1,-1
  sub $3,$1
  add $1,$2
lpe
mov $0,$2
add $0,1
