; A037599: Base 6 digits are, in order, the first n terms of the periodic sequence with initial period 1,3,0.
; Formula: a(n) = c(n), b(n) = lodamod(A105062(b(n-1)+54),4), c(n) = 6*c(n-1)+lodamod(A105062(b(n-1)+54),4), b(0) = 0, c(0) = 0
; 1,9,54,325,1953,11718,70309,421857,2531142,15186853,91121121,546726726,3280360357,19682162145,118092972870,708557837221,4251347023329,25508082139974,153048492839845,918290957039073,5509745742234438

#offset 1

lpb $0
  add $1,54
  mul $2,6
  seq $1,105062
  mod $1,4
  sub $0,1
  add $2,$1
lpe
mov $0,$2
