; A037648: Base 6 digits are, in order, the first n terms of the periodic sequence with initial period 3,0,1.
; Formula: a(n) = c(n), b(n) = lodamod(A105062(b(n-1)+54),4), c(n) = 6*c(n-1)+lodamod(A105062(b(n-1)+54),4), b(0) = A156095(0), c(0) = 0
; 3,18,109,657,3942,23653,141921,851526,5109157,30654945,183929670,1103578021,6621468129,39728808774,238372852645,1430237115873,8581422695238,51488536171429,308931217028577,1853587302171462

#offset 1

seq $1,156095
lpb $0
  add $1,54
  mul $2,6
  seq $1,105062
  mod $1,4
  sub $0,1
  add $2,$1
lpe
mov $0,$2
