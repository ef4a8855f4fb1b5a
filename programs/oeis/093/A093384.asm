; A093384: Another of the 16 sequences illustrating the fact that A093382(2) = 31.
; 0,0,0,1,1,0,1,1,1,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0

#offset 1

sub $0,2
mov $1,$0
lpb $1
  sub $2,$0
  add $0,$2
  add $2,1
  div $0,3
  sub $1,1
  add $0,$1
lpe
mov $0,$2
mul $0,-1
mod $0,2
