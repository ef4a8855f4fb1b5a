; A063250: Number of binary right-rotations (iterations of A038572) to reach fixed point.
; 0,0,1,0,2,2,1,0,3,3,3,3,2,2,1,0,4,4,4,4,4,4,4,4,3,3,3,3,2,2,1,0,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,4,4,4,4,4,4,4,4,3,3,3,3,2,2,1,0,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6

lpb $0
  add $1,2
  lpb $0
    dif $0,2
    mov $2,$1
    add $1,2
  lpe
  div $0,2
lpe
mov $0,$2
div $0,2
