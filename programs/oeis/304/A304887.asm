; A304887: Number of non-isomorphic blobs of weight n.
; Formula: a(n) = e(max(n-5,0))-c(max(n-5,0))+1, b(n) = truncate(b(n-1)/-1)+(d(n-1)-e(n-1)), c(n) = -c(n-1)+d(n-1), d(n) = d(n-1)-e(n-1), e(n) = e(n-1)-(truncate(b(n-1)/-1)+(d(n-1)-e(n-1))), b(0) = 0, c(0) = 0, d(0) = -1, e(0) = 0
; 1,1,1,1,1,1,3,3,8,14

sub $0,5
mov $1,-1
lpb $0
  div $2,-1
  sub $0,1
  mul $3,-1
  add $3,$1
  sub $1,$4
  add $2,$1
  sub $4,$2
lpe
sub $4,$3
mov $0,$4
add $0,1
