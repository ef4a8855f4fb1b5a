; A288425: Minimal number of vertices that must be selected from an n X n square grid so that any square of 4 vertices, regardless of orientation, will include at least one selected vertex.
; 0,1,3,6,10,15,22,30,39,50

#offset 1

sub $0,1
mov $4,$0
sub $0,1
mov $2,$0
lpb $2
  sub $2,1
  add $3,1
  add $3,$0
  add $3,$2
  mov $0,-1
lpe
mov $0,$3
mul $0,12
div $0,3
div $0,4
mul $0,4
div $0,3
add $0,1
mov $5,$4
equ $5,0
mul $5,-1
add $0,$5
