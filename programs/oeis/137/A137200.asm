; A137200: Number of ways to tile an n X 1 strip with 1 X 1 squares and 2 X 1 dominoes with the restriction that no three consecutive tiles are of the same type.
; Formula: a(n) = b(max(n-1,0))+c(max(n-1,0))+1, b(n) = -b(n-1)-(d(n-1)+e(n-1))-(c(n-1)+d(n-1)-(d(n-1)+e(n-1))), c(n) = c(n-1)+d(n-1)-(d(n-1)+e(n-1))+(d(n-1)+e(n-1)+1), d(n) = d(n-1)+e(n-1)+1, e(n) = e(n-1)+(-b(n-1)-(d(n-1)+e(n-1))), b(0) = 0, c(0) = 0, d(0) = 0, e(0) = 0
; 1,1,2,2,4,5,7,9,13,18,25,34,47,65,90,124,171,236,326,450,621,857,1183,1633,2254,3111,4294,5927,8181,11292,15586,21513,29694,40986,56572,78085,107779,148765,205337,283422,391201,539966,745303,1028725,1419926,1959892

sub $0,1
lpb $0
  mul $1,-1
  add $2,$3
  sub $0,1
  add $3,$4
  sub $1,$3
  sub $2,$3
  add $4,$1
  sub $1,$2
  add $3,1
  add $2,$3
lpe
add $1,$2
mov $0,$1
add $0,1
