; A395802: Minimum number of cells in a connected enclosing shell of an n-cell connected hole on the trihexagonal (3.6.3.6) Archimedean tiling.
; 5,11,11,11,11,11,11,15,15,15

#offset 1

sub $0,1
add $0,1
sub $0,1
sub $0,-1
mov $2,3
sub $0,1
lpb $0
  sub $0,1
  add $2,$2
  mov $3,$2
  add $1,$2
  sub $2,$1
  div $0,6
  add $2,$3
lpe
add $2,$3
mov $0,$2
sub $0,3
div $0,3
mul $0,2
add $0,5
