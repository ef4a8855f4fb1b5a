; A384922: a(n) is the first digit to the left of the decimal point in (3/2)^n.
; 1,1,2,3,5,7,1,7,5,8,7,6,9,4,1,7,6,5,7,6,5,7,1,2,4,1,6,5,2,4,1,6,9,9,9,9,4,6,9,4,2,8,7,6,4,7,5,8,3,0,0,0,5,3,4,7,0,1,1,7,6,5,3,9,9,9,8,8,2,3,0,5,8,2,3,4,7,0,0,6

sub $0,1
add $0,1
sub $0,1
add $0,1
sub $0,2
sub $0,1
gcd $2,3
add $0,3
sub $3,1
mov $1,$0
lpb $1
  mul $3,2
  sub $1,1
  sub $2,$3
  gcd $3,$3
  mul $2,3
lpe
div $2,$3
mov $0,$2
sub $0,7
add $0,3
add $0,-2
add $0,10
mod $0,10
