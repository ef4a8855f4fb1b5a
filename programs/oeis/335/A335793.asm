; A335793: Number of hare pop-stack sortable Cayley permutations.
; Formula: a(n) = c(max(n-1,0))+d(max(n-1,0)), b(n) = 2*(b(n-1)+c(n-1)), c(n) = 2*(c(n-1)+d(n-1)), d(n) = d(n-1)+(b(n-1)+c(n-1)), b(0) = 0, c(0) = 1, d(0) = 0
; 1,1,3,11,41,151,553,2023,7401

sub $0,1
mov $1,1
lpb $0
  add $2,$1
  add $1,$3
  mul $1,2
  sub $0,1
  add $3,$2
  mul $2,2
lpe
add $1,$3
mov $0,$1
