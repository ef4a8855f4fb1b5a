; A339183: Number of partitions of n into two parts such that the smaller part is a nonzero square.
; 0,0,1,1,1,1,1,1,2,2,2,2,2,2,2,2,2,2,3,3,3,3,3,3,3,3,3,3,3,3,3,3,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,6,6,6,6,6,6,6,6

sub $0,1
sub $1,1
mov $2,$0
add $2,1
lpb $2
  sub $2,1
  add $2,$1
  add $1,-4
lpe
mov $0,$1
div $0,-2
div $0,2
