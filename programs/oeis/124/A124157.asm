; A124157: Maximal number of edges in a doubly linear graph with n nodes.
; 0,1,3,6,10,15,21,28,35

#offset 1

sub $0,1
mov $3,$0
sub $3,6
fac $0,2
add $1,2
add $3,-1
lpb $3
  sub $3,1
  sub $0,$1
lpe
div $0,2
add $0,1
sub $0,1
