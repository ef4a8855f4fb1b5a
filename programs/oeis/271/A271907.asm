; A271907: Size of the largest subset S of the points of an n X n square grid such that no three of the points of S form an isosceles triangle.
; 1,2,4,6,8,10,12,14,16,18

#offset 1

sub $0,1
mov $3,$0
mov $2,$3
dif $2,$0
mul $3,2
lpb $3
  sub $3,1
  add $2,-1
lpe
mov $0,$2
div $0,-1
add $0,1
