; A344618: Reverse-alternating sums of standard compositions (A066099). Alternating sums of the compositions ranked by A228351.
; 0,1,2,0,3,-1,1,1,4,-2,0,2,2,0,2,0,5,-3,-1,3,1,1,3,-1,3,-1,1,1,3,-1,1,1,6,-4,-2,4,0,2,4,-2,2,0,2,0,4,-2,0,2,4,-2,0,2,2,0,2,0,4,-2,0,2,2,0,2,0,7,-5,-3,5,-1,3,5,-3,1,1,3,-1,5,-3,-1,3

mov $1,1
lpb $0
  lpb $0
    dif $0,2
    add $2,$1
  lpe
  add $2,$1
  div $0,2
  mul $1,-1
lpe
mov $0,$2
