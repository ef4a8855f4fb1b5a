; A065118: Numbers which are 19 times the sum of their digits.
; 114,133,152,171,190,209,228,247,266,285,399

sub $0,1
sub $0,6
sub $0,1
sub $0,-1
mov $1,$0
lpb $1
  sub $1,3
  add $0,5
lpe
add $0,2
mul $0,2
sub $0,4
div $0,2
add $0,4
sub $0,5
sub $0,-8
mul $0,19
add $0,114
