; A247188: a(0) = 0. a(n) is the number of repeating sums in the collection of all sums of any k elements in [a(0), ... a(n-1)] chosen without replacement for 2 <= k <= n.
; Formula: a(n) = e(max(n-2,0)+1)-1, b(n) = b(n-1)-1+truncate(c(n-1)/-1)+(truncate(c(n-1)/-1)+(d(n-1)+(b(n-1)-1)))+(truncate(c(n-1)/-1)+(d(n-1)+(b(n-1)-1))), c(n) = truncate(c(n-1)/-1)+(d(n-1)+(b(n-1)-1)), d(n) = truncate((d(n-1)+(b(n-1)-1)+e(n-1))/(b(n-1)-1+truncate(c(n-1)/-1))), e(n) = e(n-1)-(b(n-1)-1+truncate(c(n-1)/-1)), b(0) = 0, c(0) = 0, d(0) = 0, e(0) = 0
; 0,0,0,3,9,22,49,104,215,438,885,1780,3571,7154,14321,28656,57327,114670,229357,458732,917483,1834986,3669993,7340008,14680039,29360102,58720229,117440484,234880995,469762018,939524065,1879048160,3758096351,7516192734,15032385501,30064771036,60129542107

sub $0,2
max $0,0
add $0,1
lpb $0
  sub $1,1
  div $2,-1
  add $3,$1
  add $1,$2
  sub $0,1
  add $2,$3
  add $3,$4
  sub $4,$1
  div $3,$1
  add $1,$2
  add $1,$2
lpe
mov $0,$4
sub $0,1
