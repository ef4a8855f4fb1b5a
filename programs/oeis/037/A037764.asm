; A037764: Decimal expansion of a(n) is given by the first n terms of the periodic sequence with initial period 3,0,1,2.
; Formula: a(n) = c(n), b(n) = lodamod(b(n-1)+3,4)-2, c(n) = 10*c(n-1)+lodamod(b(n-1)+3,4), b(0) = 0, c(0) = 0
; 3,30,301,3012,30123,301230,3012301,30123012,301230123,3012301230,30123012301,301230123012,3012301230123,30123012301230,301230123012301,3012301230123012

#offset 1

lpb $0
  add $1,3
  mul $2,10
  mod $1,4
  sub $0,1
  add $2,$1
  sub $1,2
lpe
mov $0,$2
