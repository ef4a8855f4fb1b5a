; A281009: Number of odd divisors of n minus the number of middle divisors of n.
; 0,0,2,0,2,0,2,0,2,2,2,0,2,2,2,0,2,2,2,0,4,2,2,0,2,2,4,0,2,2,2,0,4,2,2,2,2,2,4,0,2,2,2,2,4,2,2,0,2,2,4,2,2,2,4,0,4,2,2,2,2,2,4,0,4,2,2,2,4,2,2,0,2,2,6,2,2,4,2,0

#offset 1

lpb $0
  add $0,1
  sub $1,2
  mov $2,$1
  add $0,$1
  gcd $2,$0
  div $2,$1
  add $3,$2
  add $0,$1
lpe
mov $0,$3
div $0,-1
sub $0,$3
