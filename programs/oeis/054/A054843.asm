; A054843: Number of sequences of consecutive nonnegative integers (including sequences of length 1) that sum to n.
; 1,2,1,3,1,2,3,2,1,3,3,2,2,2,2,5,1,2,3,2,2,5,2,2,2,3,2,4,3,2,4,2,1,4,2,4,4,2,2,4,2,2,4,2,2,7,2,2,2,3,3,4,2,2,4,5,2,4,2,2,4,2,2,6,1,4,5,2,2,4,4,2,3,2,2,6,2,4,5,2

mov $1,-1
lpb $0
  add $0,1
  sub $1,1
  mov $2,$1
  gcd $2,$0
  div $2,$1
  add $3,$2
  add $0,$1
lpe
mov $0,$3
div $0,-1
add $0,1
