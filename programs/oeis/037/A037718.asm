; A037718: Base 6 digits are, in order, the first n terms of the periodic sequence with initial period 2,0,1,3.
; Formula: a(n) = b(n), b(n) = 6*b(n-1)+lodamod(A105062(13*c(n-1)),4), c(n) = lodamod(A105062(13*c(n-1)),4), b(0) = 0, c(0) = 3
; 2,12,73,441,2648,15888,95329,571977,3431864,20591184,123547105,741282633,4447695800,26686174800,160117048801,960702292809,5764213756856,34585282541136,207511695246817,1245070171480905,7470421028885432

#offset 1

mov $1,3
lpb $0
  mul $2,6
  mul $1,13
  seq $1,105062
  mod $1,4
  sub $0,1
  add $2,$1
lpe
mov $0,$2
