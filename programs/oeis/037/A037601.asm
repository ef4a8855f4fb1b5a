; A037601: Base 8 digits are, in order, the first n terms of the periodic sequence with initial period 1,3,0.
; Formula: a(n) = c(n), b(n) = lodamod(A105062(b(n-1)+54),4), c(n) = 8*c(n-1)+lodamod(A105062(b(n-1)+54),4), b(0) = 0, c(0) = 0
; 1,11,88,705,5643,45144,361153,2889227,23113816,184910529,1479284235,11834273880,94674191041,757393528331,6059148226648,48473185813185,387785486505483,3102283892043864

#offset 1

lpb $0
  add $1,54
  mul $2,8
  seq $1,105062
  mod $1,4
  sub $0,1
  add $2,$1
lpe
mov $0,$2
