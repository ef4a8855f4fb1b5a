; A204131: Symmetric matrix based on f(i,j)=(2i-1 if i=j and 1 otherwise), by antidiagonals.
; 1,1,1,1,3,1,1,1,1,1,1,1,5,1,1,1,1,1,1,1,1,1,1,1,7,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,9,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,11,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1

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
div $0,-2
add $0,1
