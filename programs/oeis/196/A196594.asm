; A196594: Maximum number of floors with 4 elevators and s stops.
; 4,4,6,6,7,8,8,9,10,10

#offset 1

sub $0,1
sub $0,1
sub $0,1
add $1,2
sub $0,1
add $0,2
lpb $1
  sub $1,1
  add $1,$0
lpe
add $0,$1
mul $0,4
div $0,6
sub $0,2
mul $0,2
add $0,1
sub $0,3
add $0,1
sub $0,-5
div $0,2
add $0,4
