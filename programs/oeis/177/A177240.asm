; A177240: Number of K-toothpicks after n stages of 3-D K-toothpick structure defined in Comments.
; 0,1,5,9,25,29,45,61,125,129,145

mov $1,12
lpb $0
  lpb $0
    dif $0,2
    mul $1,5
  lpe
  add $2,$1
  mul $2,4
  trn $0,1
lpe
mov $0,$2
div $0,48
