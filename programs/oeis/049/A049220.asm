; A049220: Number of horizontally convex n-ominoes in which the top row has at least 2 squares and the rightmost square in the top row is above the leftmost square in the second row.
; Formula: a(n) = c(max(n-2,0)), b(n) = b(n-1)-c(n-1), c(n) = d(n-1), d(n) = 3*d(n-1)-e(n-1), e(n) = e(n-1)+(b(n-1)-c(n-1)), b(0) = 0, c(0) = 0, d(0) = 1, e(0) = 0
; 0,0,1,3,9,28,89,285,914,2931,9397,30124,96565,309545,992266,3180775,10196193,32684604,104772769,335856389,1076610978,3451151243,11062904925,35462909836,113678819677,364405349233,1168126647770

#offset 1

sub $0,2
mov $1,1
lpb $0
  sub $0,1
  sub $2,$3
  mov $3,$1
  mul $1,3
  sub $1,$4
  add $4,$2
lpe
mov $0,$3
