; A160651: a(n) is the number of triangular nonnegative integers that are each equal to n(n+1)/2 - m(m+1)/2, for some m's where 0 <= m <= n.
; 1,2,2,3,2,2,4,2,4,2,4,4,2,4,2,4,4,2,4,2,3,6,2,8,2,2,4,4,8,2,2,4,2,4,2,2,8,4,4,2,4,8,2,4,4,4,6,2,4,6,2,4,4,6,4,4,4,4,6,4,2,8,4,4,4,2,8,4,4,2,2,6,2,4,4,4,4,4,12,2

add $0,1
mov $1,$0
sub $1,1
mov $2,1
mul $0,$1
lpb $0
  sub $0,1
  add $2,2
  sub $3,$4
  mov $4,$2
  gcd $4,$0
  bin $4,$2
lpe
sub $3,$4
mov $0,$3
div $0,-1
add $0,1
