; A363832: Number of digits left of the radix point of n when written in base e using a greedy algorithm representation.
; 1,1,1,2,2,2,2,2,3,3,3,3,3,3,3,3,3,3,3,3,3,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5

mul $0,$0
lpb $0
  add $1,1
  div $0,5
  sub $0,$1
lpe
mov $0,$1
add $0,1
