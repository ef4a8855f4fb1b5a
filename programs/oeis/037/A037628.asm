; A037628: Base 7 digits are, in order, the first n terms of the periodic sequence with initial period 2,3,0.
; Formula: a(n) = b(n), b(n) = 7*b(n-1)+lodamod(A105062(c(n-1)+11),4), c(n) = lodamod(A105062(c(n-1)+11),4), b(0) = 0, c(0) = 0
; 2,17,119,835,5848,40936,286554,2005881,14041167,98288171,688017200,4816120400,33712842802,235989899617,1651929297319,11563505081235,80944535568648,566611748980536,3966282242863754

#offset 1

lpb $0
  mul $1,7
  add $2,11
  seq $2,105062
  mod $2,4
  sub $0,1
  add $1,$2
lpe
mov $0,$1
