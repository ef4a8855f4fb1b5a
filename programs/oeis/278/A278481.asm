; A278481: Number of neighbors of the n-th term in a full isosceles triangle read by rows.
; 2,4,4,4,6,4,4,6,6,4,4,6,6,6,4,4,6,6,6,6,4,4,6,6,6,6,6,4,4,6,6,6,6,6,6,4,4,6,6,6,6,6,6,6,4,4,6,6,6,6,6,6,6,6,4,4,6,6,6,6,6,6,6,6,6,4,4,6,6,6,6,6,6,6,6,6,6,4,4,6

#offset 1

sub $0,1
sub $0,1
sub $0,1
add $0,1
sub $0,1
sub $1,-1
add $0,1
sub $0,1
add $0,1
add $0,1
sub $0,1
lpb $0
  sub $0,$1
  sub $0,1
  sub $1,-1
lpe
bin $1,$0
mov $0,$1
sub $0,3
mul $0,2
add $0,2
sub $0,1
mul $0,2
lpb $1
  sub $1,1
  sub $0,-3
  div $0,4
  add $0,1
lpe
add $0,1
add $0,10
mod $0,10
sub $0,1
mul $0,2
add $0,2
