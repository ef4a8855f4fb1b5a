; A037645: Decimal expansion of a(n) is given by the first n terms of the periodic sequence with initial period 2,3,1.
; Formula: a(n) = c(n), b(n) = (b(n-1)+1)%3, c(n) = 10*c(n-1)+1+(b(n-1)+1)%3, b(0) = 0, c(0) = 0
; 2,23,231,2312,23123,231231,2312312,23123123,231231231,2312312312,23123123123,231231231231,2312312312312,23123123123123,231231231231231,2312312312312312

#offset 1

lpb $0
  add $1,1
  mul $2,10
  mod $1,3
  sub $0,1
  add $2,1
  add $2,$1
lpe
mov $0,$2
