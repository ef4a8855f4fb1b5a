; A086520: Number of integers strictly greater than (n-sqrt(n))/2 and strictly less than (n+sqrt(n))/2.
; 0,0,1,2,1,2,3,2,3,2,3,4,3,4,3,4,3,4,5,4,5,4,5,4,5,4,5,6,5,6,5,6,5,6,5,6,5,6,7,6,7,6,7,6,7,6,7,6,7,6,7,8,7,8,7,8,7,8,7,8,7,8,7,8,7,8,9,8,9,8,9,8,9,8,9,8,9,8,9,8

sub $0,1
sub $0,1
sub $0,1
sub $0,1
add $0,4
add $0,$0
lpb $0
  add $1,$3
  add $2,$3
  min $1,-3
  sub $0,1
  sub $0,1
  sub $3,$2
  sub $2,$1
  sub $3,$1
  add $2,$3
  add $2,$1
  add $1,$3
lpe
mov $0,$1
div $0,-3
