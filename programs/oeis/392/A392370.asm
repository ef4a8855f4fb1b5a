; A392370: Sum of even-indexed parts of the reversed n-th composition in standard order.
; 0,0,0,1,0,2,1,1,0,3,2,1,1,2,1,2,0,4,3,1,2,2,1,3,1,3,2,2,1,3,2,2,0,5,4,1,3,2,1,4,2,3,2,3,1,4,3,2,1,4,3,2,2,3,2,3,1,4,3,2,2,3,2,3,0,6,5,1,4,2,1,5,3,3,2,4,1,5,4,2

lpb $0
  lpb $0
    dif $0,2
    add $2,$1
  lpe
  add $2,$1
  div $0,2
  sub $1,1
  mul $1,$1
lpe
mov $0,$2
