; A037503: Decimal expansion of a(n) is given by the first n terms of the periodic sequence with initial period 1,0,2.
; Formula: a(n) = c(n), b(n) = (b(n-1)+1)%3+1, c(n) = 10*c(n-1)+(b(n-1)+1)%3, b(0) = 0, c(0) = 0
; 1,10,102,1021,10210,102102,1021021,10210210,102102102,1021021021,10210210210,102102102102,1021021021021,10210210210210,102102102102102,1021021021021021

#offset 1

lpb $0
  add $1,1
  mul $2,10
  mod $1,3
  sub $0,1
  add $2,$1
  add $1,1
lpe
mov $0,$2
