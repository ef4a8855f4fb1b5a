; A352873: Heinz numbers of integer partitions with nonnegative crank, counted by A064428.
; 1,3,5,6,7,9,10,11,13,14,15,17,18,19,21,22,23,25,26,27,29,30,31,33,34,35,37,38,39,41,42,43,45,46,47,49,50,51,53,54,55,57,58,59,61,62,63,65,66,67,69,70,71,73,74,75,77,78,79,81,82,83,85,86,87,89,90

#offset 1

sub $0,1
sub $1,4
add $2,$1
lpb $0
  sub $0,1
  sub $2,$1
  add $1,$2
  lpb $1
    sub $1,1
  lpe
  sub $1,4
  sub $2,$1
lpe
mov $0,$2
sub $0,-4
div $0,-6
add $0,2
sub $0,2
div $0,-1
add $0,1
