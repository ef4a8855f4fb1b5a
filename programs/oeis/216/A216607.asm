; A216607: The sequence used to represent partition binary diagram as an array.
; 0,0,1,0,1,0,2,1,0,2,1,0,3,2,1,0,3,2,1,0,4,3,2,1,0,4,3,2,1,0,5,4,3,2,1,0,5,4,3,2,1,0,6,5,4,3,2,1,0,6,5,4,3,2,1,0,7,6,5,4,3,2,1,0,7,6,5,4,3,2,1,0,8,7,6,5,4,3,2,1

#offset 1

sub $0,1
mul $0,8
lpb $0
  sub $0,2
  sub $2,4
  add $0,$2
lpe
add $0,$2
div $0,-4
div $0,2
