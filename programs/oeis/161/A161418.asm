; A161418: Number of triangles in the Y-toothpick structure after n rounds.
; 0,0,0,0,6,6,12,12,24,30

sub $0,1
add $0,3
sub $0,1
mov $1,$0
lpb $1
  add $3,$2
  sub $1,1
  sub $2,$3
  div $2,-4
  add $2,$2
  add $3,1
lpe
mov $0,$2
div $0,2
mul $0,6
