; A204166: Symmetric matrix based on f(i,j)=ceiling[(i+j)/2], by antidiagonals.
; 1,2,2,2,2,2,3,3,3,3,3,3,3,3,3,4,4,4,4,4,4,4,4,4,4,4,4,4,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,7,7,7,7,7,7,7,7,7,7,7,7,7,7

#offset 1

sub $0,1
sub $0,1
add $0,1
sub $0,1
add $0,1
sub $0,1
sub $0,1
add $0,1
mov $2,1
add $0,1
mov $1,$0
lpb $1
  sub $1,-1
  sub $2,4
  add $1,$2
  add $1,1
lpe
mov $0,$2
sub $0,1
div $0,-4
add $0,1
