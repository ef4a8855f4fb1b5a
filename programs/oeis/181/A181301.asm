; A181301: Number of 2-compositions of n having no column with equal entries. A 2-composition of n is a nonnegative matrix with two rows, such that each column has at least one nonzero entry and whose entries sum up to n.
; Formula: a(n) = 2*b(max(n-1,0))-(n==0), b(n) = b(n-1)-d(n-1)-(c(n-1)-(b(n-1)-d(n-1))), c(n) = c(n-1)-(b(n-1)-d(n-1)), d(n) = -(d(n-1)+(b(n-1)-d(n-1))), b(0) = 1, c(0) = -1, d(0) = 0
; 1,2,6,20,64,206,662,2128,6840,21986,70670,227156,730152,2346942,7543822,24248256,77941648,250529378,805281526,2588432308,8320049072,26743297998,85961510758,276307781200,888141556360,2854770939522

mov $1,$0
sub $0,1
mov $2,-1
mov $3,$0
mov $0,1
lpb $3
  sub $0,$4
  sub $2,$0
  add $4,$0
  sub $0,$2
  sub $3,1
  mul $4,-1
lpe
mul $0,2
equ $1,0
sub $0,$1
