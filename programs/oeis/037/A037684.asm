; A037684: Base 7 digits are, in order, the first n terms of the periodic sequence with initial period 1,0,3,2.
; Formula: a(n) = b(n), b(n) = 7*b(n-1)+lodamod(c(n-1)+3,4), c(n) = lodamod(c(n-1)+3,4), b(0) = 0, c(0) = -2
; 1,7,52,366,2563,17941,125590,879132,6153925,43077475,301542328,2110796298,14775574087,103429018609,724003130266,5068021911864,35476153383049,248333073681343,1738331515769404

#offset 1

mov $1,-2
lpb $0
  mul $2,7
  add $1,3
  mod $1,4
  sub $0,1
  add $2,$1
lpe
mov $0,$2
