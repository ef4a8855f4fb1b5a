; A037535: Decimal expansion of a(n) is given by the first n terms of the periodic sequence with initial period 1,1,2.
; Formula: a(n) = b(n), b(n) = 5*b(n-1)+(c(n-1)%2+5*b(n-1))+1, c(n) = c(n-1)%2+5*b(n-1), b(0) = 0, c(0) = 0
; 1,11,112,1121,11211,112112,1121121,11211211,112112112,1121121121,11211211211,112112112112,1121121121121,11211211211211,112112112112112,1121121121121121

#offset 1

lpb $0
  mul $1,5
  mod $2,2
  add $2,$1
  sub $0,1
  add $1,$2
  add $1,1
lpe
mov $0,$1
