; A037788: Base 6 digits are, in order, the first n terms of the periodic sequence with initial period 3,2,0,1.
; Formula: a(n) = b(n), b(n) = 6*b(n-1)+lodamod(A105062(13*c(n-1)),4), c(n) = lodamod(A105062(13*c(n-1)),4), b(0) = 0, c(0) = A077267(0)
; 3,20,120,721,4329,25976,155856,935137,5610825,33664952,201989712,1211938273,7271629641,43629777848,261778667088,1570672002529,9424032015177,56544192091064,339265152546384,2035590915278305

#offset 1

seq $1,77267
lpb $0
  mul $2,6
  mul $1,13
  seq $1,105062
  mod $1,4
  sub $0,1
  add $2,$1
lpe
mov $0,$2
