; A010890: 15th cyclotomic polynomial.
; 1,-1,0,1,-1,1,0,-1,1

sub $0,1
sub $0,1
sub $0,1
sub $0,-1
sub $0,1
sub $0,1
add $0,$0
gcd $0,0
add $0,4
lpb $0
  add $2,2
  add $2,$3
  sub $0,1
  sub $2,$3
  sub $3,$2
  add $2,$3
  add $2,$3
  add $2,$3
lpe
mov $0,$2
div $0,2
add $0,1
