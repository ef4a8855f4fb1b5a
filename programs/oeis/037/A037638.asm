; A037638: Decimal expansion of a(n) is given by the first n terms of the periodic sequence with initial period 2,1,3.
; Formula: a(n) = c(n), b(n) = (b(n-1)+1)%3+1, c(n) = 10*c(n-1)+((b(n-1)+1)%3+1), b(0) = 0, c(0) = 0
; 2,21,213,2132,21321,213213,2132132,21321321,213213213,2132132132,21321321321,213213213213,2132132132132,21321321321321,213213213213213,2132132132132132

#offset 1

lpb $0
  add $1,1
  mul $2,10
  mod $1,3
  sub $0,1
  add $1,1
  add $2,$1
lpe
mov $0,$2
