; A037799: Decimal expansion of a(n) is given by the first n terms of the periodic sequence with initial period 3,2,1,0.
; Formula: a(n) = gcd(0,c(n)), b(n) = (b(n-1)+3)%4, c(n) = 10*c(n-1)+(b(n-1)+3)%4, b(0) = 0, c(0) = 0
; 3,32,321,3210,32103,321032,3210321,32103210,321032103,3210321032,32103210321,321032103210,3210321032103,32103210321032,321032103210321,3210321032103210

#offset 1

lpb $0
  add $1,3
  mul $2,10
  mod $1,4
  sub $0,1
  add $2,$1
lpe
gcd $0,$2
