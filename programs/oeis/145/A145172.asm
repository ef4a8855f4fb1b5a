; A145172: Number of pentagonal numbers needed to represent n with greedy algorithm.
; 1,2,3,4,1,2,3,4,5,2,3,1,2,3,4,5,2,3,4,5,6,1,2,3,4,5,2,3,4,5,6,3,4,2,1,2,3,4,5,2,3,4,5,6,3,4,2,3,4,5,1,2,3,4,5,2,3,4,5,6,3,4,2,3,4,5,6,3,4,1,2,3,4,5,2,3,4,5,6,3

#offset 1

mov $1,$0
lpb $1
  mov $0,-1
  lpb $1
    add $1,$0
    sub $0,3
  lpe
  add $2,1
lpe
mov $0,$2
