; A343230: A binary encoding of the digits "0" in balanced ternary representation of n.
; 0,0,0,1,0,0,1,0,2,3,2,0,1,0,0,1,0,2,3,2,0,1,0,4,5,4,6,7,6,4,5,4,0,1,0,2,3,2,0,1,0,0,1,0,2,3,2,0,1,0,4,5,4,6,7,6,4,5,4,0,1,0,2,3,2,0,1,0,8,9,8,10,11,10,8,9,8,12,13,12

mov $1,1
lpb $0
  lpb $0
    dif $0,3
    sub $2,$1
    mul $1,2
  lpe
  add $0,1
  div $0,3
  mul $1,2
lpe
mov $0,$2
div $0,-1
