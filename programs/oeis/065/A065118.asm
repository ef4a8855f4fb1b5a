; A065118: Numbers which are 19 times the sum of their digits.
; 114,133,152,171,190,209,228,247,266,285,399

sub $0,1
sub $0,1
sub $0,1
sub $0,1
sub $0,1
sub $0,1
add $0,6
sub $0,9
mov $1,$0
sub $0,7
add $0,2
sub $0,1
sub $0,-4
sub $0,-1
lpb $1
  sub $1,1
  sub $0,-1
  mul $0,2
  add $0,3
lpe
sub $0,-10
mul $0,19
add $0,114
