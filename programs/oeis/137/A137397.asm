; A137397: Number of distinct palindromic subwords in the binary representation of n.
; 2,2,3,3,4,4,4,4,5,5,5,5,5,5,5,5,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8

sub $0,1
lpb $0
  sub $0,1
  div $0,2
  sub $3,5
lpe
mul $3,-2
mov $1,$3
mov $0,$1
div $0,10
add $0,2
