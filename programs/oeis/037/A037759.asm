; A037759: Base 5 digits are, in order, the first n terms of the periodic sequence with initial period 3,0,1,2.
; Formula: a(n) = c(n), b(n) = lodamod(b(n-1)+3,4)-2, c(n) = 5*c(n-1)+lodamod(b(n-1)+3,4), b(0) = 0, c(0) = 0
; 3,15,76,382,1913,9565,47826,239132,1195663,5978315,29891576,149457882,747289413,3736447065,18682235326,93411176632,467055883163,2335279415815,11676397079076,58381985395382,291909926976913

#offset 1

lpb $0
  add $1,3
  mul $2,5
  mod $1,4
  sub $0,1
  add $2,$1
  sub $1,2
lpe
mov $0,$2
