; A095143: Triangle, read by rows, formed by reading Pascal's triangle (A007318) mod 9.
; 1,1,1,1,2,1,1,3,3,1,1,4,6,4,1,1,5,1,1,5,1,1,6,6,2,6,6,1,1,7,3,8,8,3,7,1,1,8,1,2,7,2,1,8,1,1,0,0,3,0,0,3,0,0,1,1,1,0,3,3,0,3,3,0,1,1,1,2,1,3,6,3,3,6,3,1,2,1,1,3

sub $0,1
mov $2,$0
lpb $2
  sub $2,2
  add $2,$1
  add $1,-1
lpe
lpb $0
  mov $0,$1
  div $0,-1
  add $0,1
lpe
bin $0,$2
mov $2,$0
lpb $2
  sub $2,8
  sub $2,1
lpe
mov $0,$2
