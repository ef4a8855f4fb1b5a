; A037687: Decimal expansion of a(n) is given by the first n terms of the periodic sequence with initial period 1,0,3,2.
; Formula: a(n) = c(n), b(n) = lodamod(b(n-1)+13,4)-2, c(n) = 10*c(n-1)+lodamod(b(n-1)+13,4), b(0) = 0, c(0) = 0
; 1,10,103,1032,10321,103210,1032103,10321032,103210321,1032103210,10321032103,103210321032,1032103210321,10321032103210,103210321032103,1032103210321032

#offset 1

lpb $0
  add $1,13
  mul $2,10
  mod $1,4
  sub $0,1
  add $2,$1
  sub $1,2
lpe
mov $0,$2
