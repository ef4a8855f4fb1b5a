; A011633: 30th cyclotomic polynomial.
; 1,1,0,-1,-1,-1,0,1,1

sub $0,3
add $0,3
lpb $0
  add $1,$2
  sub $0,1
  add $1,$3
  add $2,$3
  sub $1,3
  gcd $1,$2
  sub $3,$1
  sub $1,$2
  sub $3,$2
lpe
mov $0,$2
sub $0,-6
div $0,-3
add $0,2
mul $0,-1
add $0,1
