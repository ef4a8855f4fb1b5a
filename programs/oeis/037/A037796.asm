; A037796: Base 7 digits are, in order, the first n terms of the periodic sequence with initial period 3,2,1,0.
; Formula: a(n) = c(n), b(n) = (b(n-1)+3)%4, c(n) = 7*c(n-1)+(b(n-1)+3)%4, b(0) = 0, c(0) = 0
; 3,23,162,1134,7941,55589,389124,2723868,19067079,133469555,934286886,6540008202,45780057417,320460401921,2243222813448,15702559694136,109917917858955,769425425012687,5385977975088810

#offset 1

lpb $0
  add $1,3
  mul $2,7
  mod $1,4
  sub $0,1
  add $2,$1
lpe
mov $0,$2
