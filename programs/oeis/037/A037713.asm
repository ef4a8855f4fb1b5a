; A037713: Base 8 digits are, in order, the first n terms of the periodic sequence with initial period 1,3,2,0.
; Formula: a(n) = b(n), b(n) = 8*b(n-1)+lodamod(A105062(13*c(n-1)),4), c(n) = lodamod(A105062(13*c(n-1)),4), b(0) = 0, c(0) = 0
; 1,11,90,720,5761,46091,368730,2949840,23598721,188789771,1510318170,12082545360,96660362881,773282903051,6186263224410,49490105795280,395920846362241,3167366770897931

#offset 1

lpb $0
  mul $1,8
  mul $2,13
  seq $2,105062
  mod $2,4
  sub $0,1
  add $1,$2
lpe
mov $0,$1
