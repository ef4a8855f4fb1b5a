; A320921: Number of connected graphical partitions of 2n.
; Formula: a(n) = b(max(n-2,0))+1, b(n) = truncate(b(n-1)/-1)+(c(n-1)+d(n-1)), c(n) = c(n-1)+d(n-1)+e(n-1)-(d(n-1)+truncate(b(n-1)/-1)), d(n) = d(n-1)+truncate(b(n-1)/-1)+(truncate(b(n-1)/-1)+(c(n-1)+d(n-1)))+(truncate(b(n-1)/-1)+(c(n-1)+d(n-1))), e(n) = e(n-1)-(d(n-1)+truncate(b(n-1)/-1)), b(0) = 0, c(0) = 1, d(0) = 1, e(0) = 0
; 1,1,1,3,5,10,19,35,60

sub $0,2
mov $1,1
mov $2,1
lpb $0
  div $3,-1
  add $2,$1
  add $1,$3
  sub $0,1
  add $3,$2
  add $2,$4
  sub $4,$1
  sub $2,$1
  add $1,$3
  add $1,$3
lpe
mov $0,$3
add $0,1
