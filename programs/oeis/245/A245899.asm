; A245899: a(n) is the number of permutations avoiding 312 that can be realized on increasing unary-binary trees with n nodes.
; Formula: a(n) = c(max(n-2,0))+1, b(n) = b(n-1)+c(n-1)+e(n-1)+(2*c(n-1)+d(n-1)), c(n) = 2*c(n-1)+d(n-1)+(d(n-1)+(b(n-1)+c(n-1))-(2*c(n-1)+d(n-1)))+(d(n-1)+(b(n-1)+c(n-1))-(2*c(n-1)+d(n-1))), d(n) = d(n-1)+(b(n-1)+c(n-1))-(2*c(n-1)+d(n-1)), e(n) = e(n-1)-(2*c(n-1)+d(n-1)), b(0) = 0, c(0) = 0, d(0) = 1, e(0) = 0
; 1,1,2,3,7,14,37,80

#offset 1

sub $0,2
mov $1,1
lpb $0
  add $2,$3
  mul $3,2
  add $3,$1
  sub $0,1
  add $1,$2
  add $2,$4
  sub $4,$3
  add $2,$3
  sub $1,$3
  add $3,$1
  add $3,$1
lpe
mov $0,$3
add $0,1
