; A262355: Minimal number of circles needed to intersect all the points of an n X n grid.
; 1,1,3,3,5,6,8,8,11,11,14,15

#offset 1

add $0,1
lpb $0
  sub $0,1
  mov $1,$0
  div $1,3
  sub $0,1
  sub $2,$1
  sub $2,3
lpe
mov $0,$2
div $0,-2
