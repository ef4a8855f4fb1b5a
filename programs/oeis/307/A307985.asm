; A307985: Number of integer-sided triangles with perimeter n and sides a, b, and c such that a <= b <= c and b|n.
; 0,0,1,0,0,1,0,0,2,0,0,2,0,0,3,0,0,3,0,0,4,0,0,4,0,0,5,0,0,5,0,0,6,0,0,6,0,0,7,0,0,7,0,0,8,0,0,8,0,0,9,0,0,9,0,0,10,0,0,10,0,0,11,0,0,11,0,0,12,0,0,12,0,0,13,0,0,13,0,0

#offset 1

sub $0,1
add $0,2
add $2,-1
lpb $0
  add $2,$3
  sub $0,1
  sub $3,$2
  add $2,-1
  sub $3,$1
  add $2,$3
  add $1,$3
lpe
mul $3,$2
mov $0,$3
sub $0,-2
div $0,-2
add $0,2
sub $0,1
