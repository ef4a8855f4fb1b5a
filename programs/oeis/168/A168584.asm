; A168584: Number of ways of partitioning the multiset {1,1,2,3,...,n-1} into exactly four nonempty parts.
; Formula: a(n) = truncate(b(max(n-3,0))/2), b(n) = 4*b(n-1)+(d(n-1)+2*c(n-1)), c(n) = 2*c(n-1)+4, d(n) = 3*(d(n-1)+2*c(n-1)), b(0) = 0, c(0) = -2, d(0) = 6
; 1,7,41,215,1041,4767,21001,90055,378881,1572527,6463161,26375895,107081521,433076287,1746588521,7029269735,28245956961,113370724047,454644109081,1822061123575,7298700653201,29226175283807

#offset 4

sub $0,3
mov $1,6
mov $2,-2
lpb $0
  mul $3,4
  mul $2,2
  add $1,$2
  sub $0,1
  add $3,$1
  mul $1,3
  add $2,4
lpe
mov $0,$3
div $0,2
