; A287272: a(n) is the number of zeros of the Laguerre L(n, x) polynomial in the open interval (-1, +1).
; 0,0,1,1,1,1,1,1,2,2,2,2,2,2,2,2,2,2,2,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5

sub $0,1
add $0,1
sub $0,1
lpb $0
  sub $0,1
  add $0,$3
  sub $3,5
lpe
mul $3,-2
mov $1,$3
mov $0,$1
div $0,10
add $0,1
sub $0,1
