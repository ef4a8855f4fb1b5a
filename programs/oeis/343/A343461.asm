; A343461: a(n) is the maximal number of regular n-gons that can be arranged around a vertex without overlapping.
; 6,4,3,3,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2

#offset 3

sub $0,3
add $0,1
sub $0,1
sub $0,1
add $0,1
mov $3,$0
sub $2,$3
sub $2,4
lpb $0
  div $2,2
  sub $0,1
  sub $2,4
lpe
mov $0,$2
sub $0,-4
add $0,6
