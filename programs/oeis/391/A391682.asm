; A391682: Number of integer compositions of n that are the first sums of more than one nonnegative sequence.
; Formula: a(n) = truncate(b(n)/2), b(n) = 2*(b(n-1)-c(n-1)), c(n) = -(c(n-1)+d(n-1)), d(n) = d(n-1)+e(n-1), e(n) = -(e(n-1)+(b(n-1)-c(n-1))), b(0) = 1, c(0) = 0, d(0) = 0, e(0) = 0
; 1,2,4,7,13,22,39,65,112,185,313,514,859,1405,2328,3797,6253,10178,16687,27121

#offset 1

mov $1,$0
mov $0,1
lpb $1
  sub $0,$2
  add $2,$3
  sub $1,1
  add $3,$4
  add $4,$0
  mul $4,-1
  mul $2,-1
  mul $0,2
lpe
div $0,2
