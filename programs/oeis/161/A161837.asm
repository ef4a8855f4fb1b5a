; A161837: First differences of A161836.
; 0,0,0,3,0,0,0,6,6

#offset 1

sub $0,1
add $0,$0
mov $2,$0
lpb $2
  lpb $2
    sub $2,2
    add $1,-3
    add $2,$1
  lpe
  mov $0,$1
  div $0,-2
  bin $0,$2
  mov $2,$0
  sub $2,1
lpe
mov $0,$1
mul $0,-1
