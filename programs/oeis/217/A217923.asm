; A217923: F-block elements for Janet periodic table.
; Formula: a(n) = floor(c(n)/9)+57, b(n) = b(n-1)-c(n-1)-(c(n-1)+e(n-1)+e(n-1)+e(n-1)), c(n) = c(n-1)+e(n-1)+e(n-1)+e(n-1), d(n) = d(n-1)-(b(n-1)-c(n-1)), e(n) = gcd(e(n-1)-(c(n-1)+e(n-1)+e(n-1)+e(n-1)),d(n-1)-(b(n-1)-c(n-1))), b(0) = 0, c(0) = 0, d(0) = 3, e(0) = 0
; 57,58,59,60,61,62,63,64,65,66,67,68,69,70,89,90,91,92,93,94,95,96,97,98,99,100,101,102

#offset 1

mov $1,3
lpb $0
  sub $2,$3
  add $3,$4
  add $3,$4
  sub $1,$2
  add $3,$4
  sub $0,1
  sub $4,$3
  gcd $4,$1
  sub $2,$3
lpe
mov $0,$3
div $0,9
add $0,57
