; A131576: Number of ways to represent n as a sum of an even number of consecutive integers.
; 0,0,1,0,1,0,1,0,1,1,1,0,1,1,1,0,1,1,1,0,2,1,1,0,1,1,2,0,1,1,1,0,2,1,1,1,1,1,2,0,1,1,1,1,2,1,1,0,1,1,2,1,1,1,2,0,2,1,1,1,1,1,2,0,2,1,1,1,2,1,1,0,1,1,3,1,1,2,1,0

#offset 1

lpb $0
  add $0,1
  sub $1,2
  add $0,$1
  mov $2,$1
  gcd $2,$0
  div $2,$1
  add $3,$2
  add $0,$1
lpe
mov $0,$3
div $0,-1
