; A239141: Number of strict partitions of n having standard deviation <= 1.
; 1,1,2,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2

#offset 1

sub $0,1
sub $0,1
sub $0,1
sub $0,1
add $0,1
sub $0,1
lpb $0
  sub $0,1
  add $0,1
  sub $0,2
  sub $0,1
lpe
div $0,2
add $0,1
add $0,1
