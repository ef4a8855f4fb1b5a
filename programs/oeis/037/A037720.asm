; A037720: Base 8 digits are, in order, the first n terms of the periodic sequence with initial period 2,0,1,3.
; Formula: a(n) = b(n), b(n) = 8*b(n-1)+lodamod(A105062(13*c(n-1)),4), c(n) = lodamod(A105062(13*c(n-1)),4), b(0) = 0, c(0) = 3
; 2,16,129,1035,8282,66256,530049,4240395,33923162,271385296,2171082369,17368658955,138949271642,1111594173136,8892753385089,71142027080715,569136216645722,4553089733165776

#offset 1

mov $1,3
lpb $0
  mul $2,8
  mul $1,13
  seq $1,105062
  mod $1,4
  sub $0,1
  add $2,$1
lpe
add $0,$2
