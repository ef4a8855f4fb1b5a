; A322111: Number of non-isomorphic self-dual connected multiset partitions of weight n with multiset density -1.
; Formula: a(n) = c(max(truncate((n-1)/2),0))+1, b(n) = lodapow(b(n-1)+c(n-1),-1), c(n) = 2*c(n-1)+(b(n-1)+c(n-1)), b(0) = 1, c(0) = 0
; 1,1,1,2,2,5,5,13,13,37,37

sub $0,1
mov $1,1
lpb $0
  add $1,$2
  mul $2,2
  sub $0,2
  add $2,$1
  pow $1,-1
lpe
mov $0,$2
add $0,1
