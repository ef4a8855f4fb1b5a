; A037758: Base 4 digits are, in order, the first n terms of the periodic sequence with initial period 3,0,1,2.
; Formula: a(n) = c(n), b(n) = lodamod(b(n-1)+3,4)-2, c(n) = 4*c(n-1)+lodamod(b(n-1)+3,4), b(0) = 0, c(0) = 0
; 3,12,49,198,795,3180,12721,50886,203547,814188,3256753,13027014,52108059,208432236,833728945,3334915782,13339663131,53358652524,213434610097,853738440390,3414953761563,13659815046252,54639260185009

#offset 1

lpb $0
  add $1,3
  mul $2,4
  mod $1,4
  sub $0,1
  add $2,$1
  sub $1,2
lpe
mov $0,$2
