; A037508: Base 7 digits are, in order, the first n terms of the periodic sequence with initial period 1,2,0.
; Formula: a(n) = c(n), b(n) = (b(n-1)+1)%3, c(n) = 7*c(n-1)+(b(n-1)+1)%3, b(0) = 0, c(0) = 0
; 1,9,63,442,3096,21672,151705,1061937,7433559,52034914,364244400,2549710800,17847975601,124935829209,874550804463,6121855631242,42852989418696,299970925930872,2099796481516105

#offset 1

lpb $0
  add $1,1
  mul $2,7
  mod $1,3
  sub $0,1
  add $2,$1
lpe
mov $0,$2
