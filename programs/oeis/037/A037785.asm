; A037785: Decimal expansion of a(n) is given by the first n terms of the periodic sequence with initial period 3,1,2,0.
; Formula: a(n) = b(n), b(n) = 5*b(n-1)+((c(n-1)+3+5*b(n-1))%4+5*b(n-1)), c(n) = (c(n-1)+3+5*b(n-1))%4+5*b(n-1), b(0) = 0, c(0) = 0
; 3,31,312,3120,31203,312031,3120312,31203120,312031203,3120312031,31203120312,312031203120,3120312031203,31203120312031,312031203120312,3120312031203120

#offset 1

lpb $0
  mul $1,5
  add $2,3
  add $2,$1
  mod $2,4
  sub $0,1
  add $2,$1
  add $1,$2
lpe
mov $0,$1
