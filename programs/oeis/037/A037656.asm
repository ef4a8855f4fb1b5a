; A037656: Base 7 digits are, in order, the first n terms of the periodic sequence with initial period 3,0,2.
; Formula: a(n) = b(n), b(n) = 7*b(n-1)+lodamod(A105062(c(n-1)+11),4), c(n) = lodamod(A105062(c(n-1)+11),4), b(0) = 0, c(0) = A126646(0)
; 3,21,149,1046,7322,51256,358795,2511565,17580957,123066702,861466914,6030268400,42211878803,295483151621,2068382061349,14478674429446,101350721006122,709455047042856,4966185329299995

#offset 1

seq $1,126646
lpb $0
  mul $2,7
  add $1,11
  seq $1,105062
  mod $1,4
  sub $0,1
  add $2,$1
lpe
mov $0,$2
