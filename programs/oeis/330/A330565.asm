; A330565: The thirteen entries from A005848 for which the integers of the cyclotomic field form a Euclidean ring with respect to the norm.
; 1,3,4,5,7,8,9,11,12,15

#offset 1

sub $0,1
sub $0,1
sub $0,1
sub $0,1
sub $0,1
sub $0,1
sub $0,1
sub $0,1
sub $0,1
sub $0,1
sub $0,-1
add $0,1
add $0,8
mov $1,$0
lpb $1
  sub $1,5
  sub $1,5
  add $0,1
lpe
sub $0,5
add $0,3
sub $0,-3
mul $0,4
add $0,1
add $0,3
div $0,4
mul $0,24
sub $0,21
div $0,18
add $0,3
sub $0,1
sub $0,-1
sub $0,3
sub $0,9
sub $0,-3
sub $0,-1
sub $0,-1
add $0,1
sub $0,-1
add $0,1
