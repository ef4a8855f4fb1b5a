; A054736: Smallest losing position after your opponent has taken k stones in a variation of "Fibonacci Nim".
; Formula: a(n) = e(max(n-2,0)+10)+(-4*(n-1==0)), b(n) = b(n-1)+d(n-1)+e(n-1), c(n) = c(n-1)+(b(n-1)+d(n-1)), d(n) = d(n-1)-(b(n-1)+d(n-1)+e(n-1)), e(n) = truncate((e(n-1)+(c(n-1)+(b(n-1)+d(n-1))))/-1), b(0) = 0, c(0) = -1, d(0) = 0, e(0) = 0
; 4,8,11,15,21,29,40,55,76,105,145,200,276,381,526,726,1002,1383,1909,2635,3637,5020,6929,9564,13201,18221,25150,34714,47915,66136,91286,126000,173915,240051,331337,457337,631252,871303,1202640,1659977,2291229,3162532,4365172

#offset 1

sub $0,1
mov $1,$0
sub $0,1
max $0,0
add $0,10
mov $2,-1
lpb $0
  add $3,$4
  sub $0,1
  add $2,$3
  add $3,$5
  sub $4,$3
  add $5,$2
  div $5,-1
lpe
mov $0,$5
equ $1,0
mul $1,-4
add $0,$1
