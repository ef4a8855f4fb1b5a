; A204125: Symmetric matrix based on f(i,j)=(i if i=j and 1 otherwise), by antidiagonals.
; 1,1,1,1,2,1,1,1,1,1,1,1,3,1,1,1,1,1,1,1,1,1,1,1,4,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,5,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,6,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1

#offset 1

sub $0,1
add $0,1
lpb $0
  sub $0,1
  add $2,$0
  lpb $2
    add $2,$1
    sub $2,4
    add $1,-4
  lpe
  mov $0,$1
  bin $0,$2
lpe
mov $0,$1
div $0,-4
add $0,1
