; A095141: Triangle, read by rows, formed by reading Pascal's triangle (A007318) mod 6.
; 1,1,1,1,2,1,1,3,3,1,1,4,0,4,1,1,5,4,4,5,1,1,0,3,2,3,0,1,1,1,3,5,5,3,1,1,1,2,4,2,4,2,4,2,1,1,3,0,0,0,0,0,0,3,1,1,4,3,0,0,0,0,0,3,4,1,1,5,1,3,0,0,0,0,3,1,5,1,1,0

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
  sub $2,4
  sub $2,2
lpe
mov $0,$2
