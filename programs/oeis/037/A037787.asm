; A037787: Base 5 digits are, in order, the first n terms of the periodic sequence with initial period 3,2,0,1.
; Formula: a(n) = b(n), b(n) = 5*b(n-1)+lodamod(A105062(13*c(n-1)),4), c(n) = lodamod(A105062(13*c(n-1)),4), b(0) = 0, c(0) = A077267(0)
; 3,17,85,426,2133,10667,53335,266676,1333383,6666917,33334585,166672926,833364633,4166823167,20834115835,104170579176,520852895883,2604264479417,13021322397085,65106611985426,325533059927133

#offset 1

seq $1,77267
lpb $0
  mul $2,5
  mul $1,13
  seq $1,105062
  mod $1,4
  sub $0,1
  add $2,$1
lpe
mov $0,$2
