; A196594: Maximum number of floors with 4 elevators and s stops.
; 4,4,6,6,7,8,8,9,10,10

#offset 1

sub $0,1
sub $0,1
sub $0,1
add $0,1
mov $1,$0
lpb $1
  add $2,3
  sub $1,1
  add $2,$0
  nrt $2,2
  add $0,$1
lpe
mov $0,$2
add $0,4
