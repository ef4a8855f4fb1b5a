; A204160: Symmetric matrix based on f(i,j)=(3i-2 if i=j and = 0 otherwise), by antidiagonals.
; 1,1,1,1,4,1,1,1,1,1,1,1,7,1,1,1,1,1,1,1,1,1,1,1,10,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,13,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,16,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1

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
mul $0,3
add $0,1
