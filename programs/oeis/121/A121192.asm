; A121192: Alkane systems (see Cyvin reference for precise definition).
; 0,1,4,13,39,116,341,997

#offset 5

sub $0,4
lpb $0
  sub $0,1
  add $1,$2
  mov $2,$0
  add $2,$3
  mov $4,$3
  mov $3,$1
  add $4,$1
  add $4,9
  add $1,$4
lpe
mov $0,$3
div $0,8
