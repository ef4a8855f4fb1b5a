; A291770: A binary encoding of the zeros in ternary representation of n.
; 0,0,1,0,0,1,0,0,3,2,2,1,0,0,1,0,0,3,2,2,1,0,0,1,0,0,7,6,6,5,4,4,5,4,4,3,2,2,1,0,0,1,0,0,3,2,2,1,0,0,1,0,0,7,6,6,5,4,4,5,4,4,3,2,2,1,0,0,1,0,0,3,2,2,1,0,0,1,0,0

#offset 1

mov $1,1
lpb $0
  lpb $0
    dif $0,3
    sub $2,$1
    mul $1,2
  lpe
  div $0,3
  mul $1,2
lpe
sub $0,$2
