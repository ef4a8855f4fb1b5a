; A053610: Number of positive squares needed to sum to n using the greedy algorithm.
; 1,2,3,1,2,3,4,2,1,2,3,4,2,3,4,1,2,3,4,2,3,4,5,3,1,2,3,4,2,3,4,5,3,2,3,1,2,3,4,2,3,4,5,3,2,3,4,5,1,2,3,4,2,3,4,5,3,2,3,4,5,3,4,1,2,3,4,2,3,4,5,3,2,3,4,5,3,4,5,2

#offset 1

mov $1,$0
lpb $1
  mov $0,-1
  lpb $1
    add $1,$0
    sub $0,2
  lpe
  add $2,1
lpe
mov $0,$2
