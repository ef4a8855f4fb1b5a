; A344517: Minimum diameter of 4-regular circulant graphs of order n.
; 1,1,2,2,2,2,2,2,2,2,3,3,3,3,3,3,3,3,3,3,3,3,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6

#offset 4

sub $0,4
sub $0,1
sub $0,1
add $0,2
sub $2,1
add $0,3
sub $0,1
mov $1,$0
lpb $1
  sub $2,4
  add $1,$2
  add $1,1
lpe
mov $0,$2
div $0,-4
add $0,1
