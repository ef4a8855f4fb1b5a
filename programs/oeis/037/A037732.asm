; A037732: Base 6 digits are, in order, the first n terms of the periodic sequence with initial period 2,1,0,3.
; Formula: a(n) = b(n), b(n) = 6*b(n-1)+lodamod(c(n-1)+3,4), c(n) = lodamod(c(n-1)+3,4), b(0) = 0, c(0) = -1
; 2,13,78,471,2828,16969,101814,610887,3665324,21991945,131951670,791710023,4750260140,28501560841,171009365046,1026056190279,6156337141676,36938022850057,221628137100342,1329768822602055

#offset 1

mov $1,-1
lpb $0
  mul $2,6
  add $1,3
  mod $1,4
  sub $0,1
  add $2,$1
lpe
mov $0,$2
