; A365236: a(n) is the least number of integer-sided squares that can be packed together with the n squares 1 X 1, 2 X 2, ..., n X n to fill out a rectangle.
; 0,1,1,3,2,4,3,3,4

#offset 1

mul $0,2
add $0,7
lpb $0
  sub $0,4
  mov $1,$2
  add $2,1
  sub $3,2
  bin $1,$0
  add $3,$1
lpe
mov $0,$3
add $0,3
div $0,-1
