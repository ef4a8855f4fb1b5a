; A350090: a(n) is the number of indices i in the range 0 <= i <= n-1 such that A003215(n) - A003215(i) is an oblong number (A002378), where A003215 are the hex numbers.
; 0,1,1,1,1,3,1,2,3,1,1,1,3,1,1,3,3,1,3,3,3,3,5,1,1,1,5,1,1,3,1,3,1,7,1,3,3,1,1,3,7,1,1,3,3,1,3,3,1,1,3,3,1,3,7,1,3,7,1,7,3,3,1,1,3,3,1,1,3,3,7,5,3,3,1,5,3,3,7,3

add $0,1
mov $1,$0
sub $1,1
mov $2,1
mul $0,$1
lpb $0
  sub $0,2
  add $2,6
  sub $3,$4
  mov $4,$2
  gcd $4,$0
  bin $4,$2
lpe
sub $3,$4
mov $0,$3
mul $0,-1
