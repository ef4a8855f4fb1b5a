; A084690: 4^n uses only distinct decimal digits.
; 0,1,2,3,4,5,6,7,10

#offset 1

sub $0,1
sub $0,1
sub $0,5
sub $0,1
sub $0,1
sub $0,1
sub $0,1
sub $0,1
sub $0,1
add $0,8
sub $0,1
mov $1,$0
lpb $1
  sub $1,3
  sub $0,1
  add $0,3
lpe
sub $0,7
add $0,2
sub $0,1
sub $0,-4
sub $0,-1
sub $0,-2
mul $0,2
add $0,3
sub $0,7
sub $0,-2
div $0,2
add $0,2
sub $0,-3
