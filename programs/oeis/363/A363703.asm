; A363703: Lower independence number of the n-folded cube graph.
; 1,1,4,4,6,8,24,32

#offset 2

lpb $0
  sub $0,2
  mov $1,$0
  sub $0,2
  fac $1,2
  add $1,22
  div $1,12
  add $2,$1
lpe
mov $0,$2
seq $0,63759
