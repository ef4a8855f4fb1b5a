; A112605: Number of representations of n as a sum of a square and six times a triangular number.
; 1,2,0,0,2,0,1,2,0,2,2,0,0,0,0,2,2,0,1,2,0,0,4,0,0,2,0,2,0,0,0,2,0,0,2,0,3,2,0,0,2,0,2,2,0,2,0,0,0,2,0,0,2,0,2,2,0,0,0,0,1,4,0,0,4,0,0,2,0,2,2,0,2,0,0,0,2,0,0,0

mul $0,8
add $0,6
lpb $0
  sub $1,$2
  mov $2,$3
  gcd $2,$0
  bin $2,$3
  div $1,-1
  sub $0,1
  add $3,3
lpe
mov $0,$1
