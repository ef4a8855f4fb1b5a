; A124775: Number of unlabeled partially ordered sets associated with compositions in standard order.
; 1,1,1,1,1,2,1,1,1,3,4,3,1,2,1,1

mov $1,1
lpb $0
  lpb $0
    dif $0,2
    add $1,2
    add $2,$3
  lpe
  add $3,$1
  div $0,2
lpe
mov $0,$2
add $0,1
