; A327821: Number of legal Go positions on a board which is an n-cycle graph.
; Formula: a(n) = d(n), b(n) = b(n-1)-c(n-1)-(c(n-1)+d(n-1)), c(n) = c(n-1)+d(n-1)+2, d(n) = d(n-1)-(b(n-1)-c(n-1)), b(0) = 0, c(0) = 0, d(0) = 1
; 1,5,19,57,161,449,1247,3457,9577,26525,73459,203433,563369,1560137,4320479,11964673

#offset 1

mov $1,$0
mov $0,1
lpb $1
  sub $2,$3
  add $3,$0
  sub $0,$2
  sub $2,$3
  add $3,2
  sub $1,1
lpe
