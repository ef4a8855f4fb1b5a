; A333816: Number of ways to write n as the difference of two hexagonal numbers.
; 1,0,0,0,1,1,0,0,1,0,0,0,1,1,1,0,1,0,0,0,1,1,0,0,1,0,1,1,1,1,0,0,1,0,0,0,1,1,1,0,1,0,0,1,2,1,0,0,1,0,1,0,1,1,0,0,1,0,0,1,1,1,1,0,2,1,0,0,1,1,0,0,1,0,1,1,1,1,0,0

#offset 1

lpb $0
  add $0,3
  sub $1,4
  mov $2,$1
  gcd $2,$0
  div $2,$1
  add $3,$2
  add $0,$1
lpe
mov $0,$3
div $0,-1
