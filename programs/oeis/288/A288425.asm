; A288425: Minimal number of vertices that must be selected from an n X n square grid so that any square of 4 vertices, regardless of orientation, will include at least one selected vertex.
; 0,1,3,6,10,15,22,30,39,50

#offset 1

sub $0,1
sub $0,1
add $0,1
mul $0,5
lpb $0
  sub $0,1
  sub $3,$0
lpe
mov $0,$3
mul $0,2
div $0,8
add $0,5
sub $0,4
mul $0,8
sub $0,81
div $0,40
mul $0,3
add $0,6
sub $0,3
div $0,-3
