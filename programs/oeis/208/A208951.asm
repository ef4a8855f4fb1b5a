; A208951: Twice the maximum of the areas of the convex hulls of permutations {(1,p(1)), (2,p(2)), ..., (n,p(n))} of {1, 2, ..., n}, considered as points in the plane.
; Formula: a(n) = floor(c(max(2*n-4,0))/2), b(n) = min(b(n-1)+1,e(n-1)), c(n) = d(n-1), d(n) = d(n-1)+(b(n-1)+1)+(b(n-1)+1)+5, e(n) = d(n-1), b(0) = 0, c(0) = 0, d(0) = 0, e(0) = 0
; 0,0,3,10,20,34,52,74

#offset 1

mul $0,2
sub $0,4
lpb $0
  add $1,1
  sub $0,1
  mov $2,$3
  add $3,$1
  add $3,$1
  add $3,5
  min $1,$4
  mov $4,$2
lpe
mov $0,$2
div $0,2
