; A058642: Number of unlabeled graphs with n edges, no nodes of degree 1 or 2, no multiple edges and no cut nodes, under "series-equivalence".
; Formula: a(n) = truncate((b(max(n-4,0))-c(max(n-4,0)))/-2), b(n) = b(n-1)+c(n-1)+c(n-1)-(d(n-1)+(b(n-1)+c(n-1)+c(n-1))), c(n) = c(n-1)+d(n-1), d(n) = d(n-1)+(b(n-1)+c(n-1)+c(n-1))+(b(n-1)+c(n-1)+c(n-1)-(d(n-1)+(b(n-1)+c(n-1)+c(n-1)))), b(0) = 1, c(0) = 0, d(0) = 0
; 0,0,0,0,0,1,0,1,3,5,9

#offset 1

sub $0,4
mov $1,$0
mov $0,1
lpb $1
  add $0,$2
  add $0,$2
  add $2,$3
  add $3,$0
  sub $0,$3
  add $3,$0
  sub $1,1
lpe
sub $0,$2
div $0,-2
