; A037511: Decimal expansion of a(n) is given by the first n terms of the periodic sequence with initial period 1,2,0.
; Formula: a(n) = c(n), b(n) = (b(n-1)+1)%3, c(n) = 10*c(n-1)+(b(n-1)+1)%3, b(0) = 0, c(0) = 0
; 1,12,120,1201,12012,120120,1201201,12012012,120120120,1201201201,12012012012,120120120120,1201201201201,12012012012012,120120120120120,1201201201201201

#offset 1

lpb $0
  add $1,1
  mul $2,10
  mod $1,3
  sub $0,1
  add $2,$1
lpe
mov $0,$2
