; A037623: Base 9 digits are, in order, the first n terms of the periodic sequence with initial period 2,0,3.
; Formula: a(n) = c(n), b(n) = (b(n-1)+2)%3, c(n) = 9*c(n-1)-lodadif(b(n-1)+2,3)+4, b(0) = 0, c(0) = 0
; 2,18,165,1487,13383,120450,1084052,9756468,87808215,790273937,7112465433,64012188900,576109700102,5184987300918,46664885708265,419983971374387,3779855742369483

#offset 1

lpb $0
  add $1,2
  mul $2,9
  mov $3,$1
  dif $3,3
  mod $1,3
  sub $2,$3
  add $2,4
  sub $0,1
lpe
mov $0,$2
