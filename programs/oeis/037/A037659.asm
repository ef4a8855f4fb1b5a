; A037659: Decimal expansion of a(n) is given by the first n terms of the periodic sequence with initial period 3,0,2.
; Formula: a(n) = b(n), b(n) = 10*b(n-1)+lodamod(A105062(c(n-1)+13),4), c(n) = lodamod(A105062(c(n-1)+13),4)-2, b(0) = 0, c(0) = 0
; 3,30,302,3023,30230,302302,3023023,30230230,302302302,3023023023,30230230230,302302302302,3023023023023,30230230230230,302302302302302,3023023023023023

#offset 1

lpb $0
  mul $1,10
  add $2,13
  seq $2,105062
  mod $2,4
  sub $0,1
  add $1,$2
  sub $2,2
lpe
mov $0,$1
