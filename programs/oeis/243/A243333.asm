; A243333: Number of simple connected graphs with n nodes that are integral and K_4 free.
; Formula: a(n) = truncate(c(max(n-2,0))/4)+1, b(n) = -b(n-1)-(c(n-1)+d(n-1))-e(n-1), c(n) = c(n-1)+d(n-1)-1, d(n) = 5*(d(n-1)+(-b(n-1)-(c(n-1)+d(n-1))))-(c(n-1)+d(n-1)-1), e(n) = e(n-1)+(c(n-1)+d(n-1)-1)+4, b(0) = 0, c(0) = 0, d(0) = 0, e(0) = 0
; 1,1,1,1,2,5,5,9,15,38

#offset 1

sub $0,2
lpb $0
  mul $1,-1
  sub $0,1
  add $2,$3
  sub $1,$2
  add $3,$1
  sub $1,$4
  sub $2,1
  add $4,$2
  mul $3,5
  add $4,4
  sub $3,$2
lpe
mov $0,$2
div $0,4
add $0,1
