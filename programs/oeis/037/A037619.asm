; A037619: Base 5 digits are, in order, the first n terms of the periodic sequence with initial period 2,0,3.
; Formula: a(n) = c(n), b(n) = (b(n-1)+2)%3, c(n) = 5*c(n-1)-lodadif(b(n-1)+2,3)+4, b(0) = 0, c(0) = 0
; 2,10,53,267,1335,6678,33392,166960,834803,4174017,20870085,104350428,521752142,2608760710,13043803553,65219017767,326095088835,1630475444178,8152377220892,40761886104460,203809430522303,1019047152611517

#offset 1

lpb $0
  add $1,2
  mul $2,5
  mov $3,$1
  dif $3,3
  mod $1,3
  sub $2,$3
  add $2,4
  sub $0,1
lpe
mov $0,$2
