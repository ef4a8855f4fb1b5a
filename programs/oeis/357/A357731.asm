; A357731: Number of partitions of n into 2 distinct positive Fibonacci numbers (with a single type of 1).
; 1,1,1,1,1,1,1,1,1,0,1,1,1,1,0,1,0,0,1,1,1,1,0,1,0,0,1,0,0,0,0,1,1,1,1,0,1,0,0,1,0,0,0,0,1,0,0,0,0,0,0,0,1,1,1,1,0,1,0,0,1,0,0,0,0,1,0,0,0,0,0,0,0,1,0,0,0,0,0,0

#offset 3

lpb $0
  equ $1,$2
  add $2,1
  seq $0,66628
lpe
mov $0,$1
