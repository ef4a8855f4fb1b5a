; A083093: Triangle, read by rows, formed by reading Pascal's triangle (A007318) mod 3.
; 1,1,1,1,2,1,1,0,0,1,1,1,0,1,1,1,2,1,1,2,1,1,0,0,2,0,0,1,1,1,0,2,2,0,1,1,1,2,1,2,1,2,1,2,1,1,0,0,0,0,0,0,0,0,1,1,1,0,0,0,0,0,0,0,1,1,1,2,1,0,0,0,0,0,0,1,2,1,1,0

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
  sub $2,2
  sub $2,1
lpe
mov $0,$2
