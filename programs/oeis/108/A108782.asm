; A108782: Difference between n and the largest number with the same digit set as n.
; 0,0,0,0,0,0,0,0,0,0,0,0,9,18,27,36,45,54,63,72,0,0,0,9,18,27,36,45,54,63,0,0,0,0,9,18,27,36,45,54,0,0,0,0,0,9,18,27,36,45,0,0,0,0,0,0,9,18,27,36,0,0,0,0,0,0,0,9,18,27,0,0,0,0,0,0,0,0,9,18

lpb $0
  lpb $0
    add $2,1
    sub $0,10
  lpe
  sub $2,$0
lpe
mov $0,$2
div $0,-1
mul $0,-8
div $0,8
lpb $0
  sub $0,1
lpe
mul $0,9
mul $0,-1
