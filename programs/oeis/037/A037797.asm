; A037797: Base 8 digits are, in order, the first n terms of the periodic sequence with initial period 3,2,1,0.
; Formula: a(n) = gcd(0,c(n)), b(n) = (b(n-1)+3)%4, c(n) = 8*c(n-1)+(b(n-1)+3)%4, b(0) = 0, c(0) = 0
; 3,26,209,1672,13379,107034,856273,6850184,54801475,438411802,3507294417,28058355336,224466842691,1795734741530,14365877932241,114927023457928,919416187663427,7355329501307418

#offset 1

lpb $0
  add $1,3
  mul $2,8
  mod $1,4
  sub $0,1
  add $2,$1
lpe
gcd $0,$2
