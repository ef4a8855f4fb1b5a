; A097599: Differences between A097598 and A047842.
; 0,0,0,0,0,0,0,0,0,0,0,0,99,198,297,396,495,594,693,792,0,0,0,99,198,297,396,495,594,693,0

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
mul $0,-11
