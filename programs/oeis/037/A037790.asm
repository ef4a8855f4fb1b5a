; A037790: Base 8 digits are, in order, the first n terms of the periodic sequence with initial period 3,2,0,1.
; Formula: a(n) = b(n), b(n) = 8*b(n-1)+lodamod(A105062(13*c(n-1)),4), c(n) = lodamod(A105062(13*c(n-1)),4), b(0) = 0, c(0) = A077267(0)
; 3,26,208,1665,13323,106586,852688,6821505,54572043,436576346,3492610768,27940886145,223527089163,1788216713306,14305733706448,114445869651585,915566957212683,7324535657701466

#offset 1

seq $1,77267
lpb $0
  mul $2,8
  mul $1,13
  seq $1,105062
  mod $1,4
  sub $0,1
  add $2,$1
lpe
mov $0,$2
