; A037572: Base 7 digits are, in order, the first n terms of the periodic sequence with initial period 2,1,2.
; Formula: a(n) = c(n), b(n) = (b(n-1)+2)%3, c(n) = 7*c(n-1)-floor((b(n-1)+2)/4)+2, b(0) = 0, c(0) = 0
; 2,15,107,751,5258,36808,257658,1803607,12625251,88376759,618637314,4330461200,30313228402,212192598815,1485348191707,10397437341951,72782061393658,509474429755608,3566321008289258

#offset 1

lpb $0
  add $1,2
  mul $2,7
  mov $3,$1
  div $3,4
  mod $1,3
  sub $2,$3
  sub $0,1
  add $2,2
lpe
mov $0,$2
