; A031401: Period of continued fraction for sqrt(A031400(n)).
; 1,2,4,8,4,4,4,4,4,4,4

#offset 1

sub $0,1
sub $0,6
add $0,1
add $0,1
sub $0,1
sub $0,2
add $0,-1
sub $0,-3
add $0,1
sub $0,-1
add $1,1
add $0,3
lpb $0
  sub $0,1
  mul $0,$1
  add $2,$2
  add $1,$2
  add $2,-1
lpe
mov $0,$2
div $0,-1
add $0,1
