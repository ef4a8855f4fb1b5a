; A268361: Lexicographically least sequence of a certain form that avoids additive squares.
; 1,2,1,3,1,2,1,5,1,2,1,3,1,2,1,8,1,2,1,3,1,2,1,5,1,2,1,3,1,2,1,13,1,2,1,3,1,2,1,5,1,2,1,3,1,2,1,8,1,2,1,3,1,2,1,5,1,2,1,3,1,2,1,21,1,2,1,3,1,2,1,5,1,2,1,3,1,2,1,8

#offset 1

mov $1,1
lpb $0
  dif $0,2
  mul $2,-1
  add $2,$1
  add $1,$2
lpe
mov $0,$1
