; A037763: Base 9 digits are, in order, the first n terms of the periodic sequence with initial period 3,0,1,2.
; Formula: a(n) = c(n), b(n) = lodamod(b(n-1)+11,4)-2, c(n) = 9*c(n-1)+lodamod(b(n-1)+11,4), b(0) = 0, c(0) = 0
; 3,27,244,2198,19785,178065,1602586,14423276,129809487,1168285383,10514568448,94631116034,851680044309,7665120398781,68986083589030,620874752301272,5587872770711451

#offset 1

lpb $0
  add $1,11
  mul $2,9
  mod $1,4
  sub $0,1
  add $2,$1
  sub $1,2
lpe
mov $0,$2
