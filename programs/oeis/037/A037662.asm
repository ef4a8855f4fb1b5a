; A037662: Base 6 digits are, in order, the first n terms of the periodic sequence with initial period 3,1,0.
; Formula: a(n) = c(n), b(n) = lodamod(A105062(b(n-1)+27),4), c(n) = 6*c(n-1)+lodamod(A105062(b(n-1)+27),4), b(0) = 0, c(0) = 0
; 3,19,114,687,4123,24738,148431,890587,5343522,32061135,192366811,1154200866,6925205199,41551231195,249307387170,1495844323023,8975065938139,53850395628834,323102373773007,1938614242638043

#offset 1

lpb $0
  add $1,27
  mul $2,6
  seq $1,105062
  mod $1,4
  sub $0,1
  add $2,$1
lpe
mov $0,$2
