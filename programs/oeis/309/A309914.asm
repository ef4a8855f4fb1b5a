; A309914: Distance from n to closest triangular number that is different from n.
; 1,1,1,2,1,1,3,1,2,1,4,1,2,2,1,5,1,2,3,2,1,6,1,2,3,3,2,1,7,1,2,3,4,3,2,1,8,1,2,3,4,4,3,2,1,9,1,2,3,4,5,4,3,2,1,10,1,2,3,4,5,5,4,3,2,1,11,1,2,3,4,5,6,5,4,3,2,1,12,1

sub $0,1
lpb $0
  add $1,1
  sub $0,$1
lpe
lpb $1
  sub $1,1
  sub $1,$0
  min $1,$0
lpe
mov $0,$1
add $0,1
