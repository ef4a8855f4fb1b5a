; A241471: Number of simple connected graphs g on n nodes with |Aut(g)| = 5040.
; 0,0,0,0,0,0,1,1,1,5

#offset 1

sub $0,1
sub $0,1
add $0,1
add $3,1
lpb $0
  sub $0,3
  add $3,$3
  sub $3,2
lpe
mov $0,$3
sub $0,2
mul $0,5
add $0,9
div $0,6
add $0,-7
sub $0,-7
mul $0,-2
div $0,2
