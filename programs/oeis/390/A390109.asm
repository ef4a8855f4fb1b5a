; A390109: Number of canonical representative loops with length A389534(n) touching all cells in an n X n grid.
; Formula: a(n) = truncate((b(max(truncate((n-6)/2),0))+c(max(truncate((n-6)/2),0))*(n-6-2*max(truncate((n-6)/2),0)))/4)+1, b(n) = b(n-1)+c(n-1)+c(n-1)+(c(n-1)+(b(n-1)+c(n-1)+c(n-1))+(b(n-1)+c(n-1)+c(n-1))+(b(n-1)+c(n-1)+c(n-1))+(b(n-1)+c(n-1)+c(n-1))), c(n) = c(n-1)+(b(n-1)+c(n-1)+c(n-1))+(b(n-1)+c(n-1)+c(n-1))+(b(n-1)+c(n-1)+c(n-1))+(b(n-1)+c(n-1)+c(n-1)), b(0) = 1, c(0) = 0
; 1,1,1,1,1,1,1,1,2,3,18

sub $0,6
mov $1,$0
mov $0,1
lpb $1
  add $0,$2
  sub $1,2
  add $0,$2
  add $2,$0
  add $2,$0
  add $2,$0
  add $2,$0
  add $0,$2
lpe
mul $2,$1
add $0,$2
div $0,4
add $0,1
