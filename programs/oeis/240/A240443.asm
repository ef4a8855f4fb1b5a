; A240443: Maximal number of points that can be placed on an n X n square grid so that no four of them are vertices of a square with any orientation.
; 1,3,6,10,15,21,27,34,42,50

#offset 1

sub $0,1
sub $0,-1
sub $0,-2
mov $2,$0
lpb $2
  sub $2,1
  add $3,$2
  add $3,$0
lpe
mov $0,$3
mul $0,10
div $0,10
div $0,-4
add $0,1
div $0,-1
sub $0,2
add $0,1
