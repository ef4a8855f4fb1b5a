; A135034: Positive integers n repeated 2n-1 times, with a leading a(0) = 0. Also: ceiling of square root of n.
; 0,1,2,2,2,3,3,3,3,3,4,4,4,4,4,4,4,5,5,5,5,5,5,5,5,5,6,6,6,6,6,6,6,6,6,6,6,7,7,7,7,7,7,7,7,7,7,7,7,7,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9

sub $0,1
mov $1,$0
lpb $0
  sub $0,1
lpe
lpb $1
  sub $1,1
  add $1,$3
  add $0,1
  sub $3,2
lpe
add $0,1
add $0,1
sub $0,1
