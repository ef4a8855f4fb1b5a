; A113779: Each term is the sum of the next two digits starting with a(1)=17.
; 17,9,8,17,9,8,17,9,8,17,9,8,17,9,8,17,9,8,17,9,8,17,9,8,17,9,8,17,9,8,17,9,8,17,9,8,17,9,8,17,9,8,17,9,8,17,9,8,17,9,8,17,9,8,17,9,8,17,9,8,17,9,8,17,9,8,17,9,8,17,9,8,17,9,8,17,9,8,17,9

#offset 1

sub $0,1
lpb $0
  sub $0,1
  sub $0,1
  add $0,1
  sub $0,1
  sub $0,1
lpe
sub $2,1
sub $0,$2
sub $0,-1
mov $1,$0
lpb $1
  sub $1,3
  add $0,7
lpe
add $0,2
mul $0,2
sub $0,4
div $0,2
sub $0,3
sub $0,6
sub $0,-7
mul $0,-1
add $0,17
