; A037564: Base 7 digits are, in order, the first n terms of the periodic sequence with initial period 2,2,1.
; Formula: a(n) = c(n), b(n) = (b(n-1)+2)%3, c(n) = 7*c(n-1)+floor((b(n-1)+2)/3)+(b(n-1)+2)%3, b(0) = 0, c(0) = 0
; 2,16,113,793,5553,38872,272106,1904744,13333209,93332465,653327257,4573290800,32013035602,224091249216,1568638744513,10980471211593,76863298481153,538043089368072,3766301625576506

#offset 1

lpb $0
  add $1,2
  mul $2,7
  mov $3,$1
  div $3,3
  add $2,$3
  mod $1,3
  sub $0,1
  add $2,$1
lpe
mov $0,$2
