; A241460: Number of simple connected graphs g on n nodes with |Aut(g)| = 14.
; 0,0,0,0,0,0,2,2,2,6

#offset 1

sub $0,1
add $3,1
lpb $0
  sub $0,3
  add $3,$3
lpe
mov $0,$3
sub $0,1
mul $0,2
mod $0,$3
