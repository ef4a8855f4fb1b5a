; A212555: Values of ||G*(n)|| related to construction of graphs which contain all small trees.
; 0,1,2,4,6,8,11,14,17,21,25

mov $4,$0
sub $0,1
max $0,0
sub $0,1
sub $0,1
sub $0,-2
add $0,3
sub $0,-1
mov $3,$0
mov $2,$3
dif $2,$0
lpb $3
  sub $3,1
  add $2,-1
lpe
mul $0,$2
div $0,3
sub $0,4
mul $0,3
sub $0,16
div $0,3
sub $0,9
mul $0,4
add $0,31
sub $0,-57
div $0,-8
add $0,1
mov $5,$4
equ $5,0
mul $5,-1
add $0,$5
