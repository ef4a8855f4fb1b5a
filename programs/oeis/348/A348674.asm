; A348674: Number of distinct values that can be produced by splitting n and adding the parts.
; 1,1,1,1,1,1,1,1,1,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2

sub $0,1
lpb $0
  add $3,-1
  mov $0,$2
  add $0,8
lpe
mov $0,$3
div $0,-1
add $0,1
