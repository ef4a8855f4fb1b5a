; A037768: Base 7 digits are, in order, the first n terms of the periodic sequence with initial period 3,0,2,1.
; Formula: a(n) = truncate(c(max(n-1,0))/-1)+3, b(n) = b(n-1)+d(n-1), c(n) = 7*(c(n-1)-3)+(b(n-1)+d(n-1)), d(n) = gcd(d(n-1),d(n-1))+1-(b(n-1)+d(n-1))-(b(n-1)+d(n-1)), b(0) = 0, c(0) = 0, d(0) = 3
; 3,21,149,1044,7311,51177,358241,2507688,17553819,122876733,860137133,6020959932,42146719527,295027036689,2065189256825,14456324797776,101194273584435,708359915091045,4958519405637317

#offset 1

sub $0,1
mov $1,$0
mov $0,3
lpb $1
  add $2,$0
  sub $3,3
  gcd $0,$0
  add $0,1
  mul $3,7
  sub $0,$2
  sub $0,$2
  sub $1,1
  add $3,$2
lpe
mov $0,$3
div $0,-1
add $0,3
