; A137397: Number of distinct palindromic subwords in the binary representation of n.
; 2,2,3,3,4,4,4,4,5,5,5,5,5,5,5,5,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8

sub $0,1
max $0,0
add $0,1
lpb $0
  sub $3,1
  div $0,2
lpe
mov $0,$3
sub $0,1
div $0,-1
