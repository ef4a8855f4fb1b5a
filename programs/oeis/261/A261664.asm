; A261664: Number of equivalence classes of permutations avoiding the pattern {231}.
; Formula: a(n) = truncate(b(max(n-1,0))/3)+1, b(n) = b(n-1)+c(n-1)+3+e(n-1)+(c(n-1)+d(n-1)), c(n) = c(n-1)+d(n-1), d(n) = d(n-1)+(b(n-1)+c(n-1)+3), e(n) = e(n-1)-(c(n-1)+d(n-1)), b(0) = 0, c(0) = 0, d(0) = 0, e(0) = 0
; 1,1,2,4,9,21,50,121,296,729

sub $0,1
lpb $0
  add $1,$2
  add $1,3
  add $2,$3
  sub $0,1
  add $3,$1
  add $1,$4
  sub $4,$2
  add $1,$2
lpe
mov $0,$1
div $0,3
add $0,1
