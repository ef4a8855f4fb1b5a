; A333525: Degree of polytope representing the number n.
; 0,0,0,1,1,1,1,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3

#offset 1

sub $0,1
sub $0,1
mul $0,6
lpb $0
  div $0,2
  sub $2,4
  add $0,$2
lpe
mov $0,$2
sub $0,2
div $0,-4
