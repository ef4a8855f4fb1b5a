; A060521: Number of 3 X n grids of black and white cells, no 3 of same color vertically or horizontally contiguous.
; Formula: a(n) = 6*truncate(e(n+1)/-7), b(n) = b(n-1)+c(n-1)-(e(n-1)+(b(n-1)+c(n-1))+(b(n-1)+c(n-1))), c(n) = c(n-1)+e(n-1)-(d(n-1)-e(n-1))-(d(n-1)-e(n-1))+(e(n-1)+(b(n-1)+c(n-1))), d(n) = d(n-1)-e(n-1), e(n) = e(n-1)+(b(n-1)+c(n-1))+(b(n-1)+c(n-1))-7+(d(n-1)-e(n-1)), b(0) = 0, c(0) = 0, d(0) = 0, e(0) = 0
; 6,36,102,378,1260,4374,14946,51384,176238,605022,2076288,7126302,24457806,83942100,288096942,988778082,3393583068,11647114446,39974047290,137194888728,470866430838,1616060190870,5546478488640

#offset 1

add $0,1
lpb $0
  sub $0,1
  add $1,$2
  add $2,$3
  sub $4,$3
  sub $2,$4
  sub $2,$4
  add $3,$1
  add $2,$3
  add $3,$1
  sub $1,$3
  sub $3,7
  add $3,$4
lpe
mov $0,$3
div $0,-7
mul $0,6
