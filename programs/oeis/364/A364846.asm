; A364846: a(n) is the number of correct decimal digits of Pi obtained from the fraction A364844(n)/A364845(n).
; Formula: a(n) = lodamod(lodamod(lodadif(b(max(n-1,0))+c(max(n-1,0)),d(max(n-1,0))),10)+16,10), b(n) = b(n-1)+d(n-1), c(n) = 2*c(n-1)-(b(n-1)+d(n-1)), d(n) = d(n-1)-(b(n-1)+d(n-1)), b(0) = 2, c(0) = 3, d(0) = 0
; 1,3,2,2,4,4,8,6

#offset 1

sub $0,1
mov $1,$0
mov $2,3
mov $0,2
lpb $1
  add $0,$3
  mul $2,2
  sub $3,$0
  sub $2,$0
  sub $1,1
lpe
add $0,$2
dif $0,$3
mod $0,10
add $0,16
mod $0,10
