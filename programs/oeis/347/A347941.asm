; A347941: For sets of n random points in the real plane, a(n) is an upper bound for the minimal number of nearest neighbors.
; 2,2,2,2,2,2,2,2,3,3,3,4,4,4,4,4,4,5,5,5,6,6,6,6,6,6,7,7,7,8,8,8,8,8,8,9,9,9,10,10,10,10,10,10,11,11,11,12,12,12,12,12,12,13,13,13,14,14,14,14,14,14,15,15,15,16,16,16,16,16,16,17,17,17,18,18,18,18,18,18

#offset 2

sub $0,2
add $0,1
lpb $0
  sub $0,1
  add $2,$2
  add $1,$2
  mov $2,2
  sub $0,$2
lpe
mov $0,$1
div $0,3
div $0,-2
sub $0,1
sub $0,-1
div $0,-1
add $0,2
