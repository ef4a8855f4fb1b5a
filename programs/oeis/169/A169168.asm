; A169168: Number of reduced words of length n in Coxeter group on 11 generators S_i with relations (S_i)^2 = (S_i S_j)^27 = I.
; 1,11,110,1100,11000,110000,1100000,11000000,110000000,1100000000,11000000000,110000000000,1100000000000,11000000000000,110000000000000,1100000000000000,11000000000000000,110000000000000000

add $0,1
add $0,1
sub $0,1
add $0,1
sub $0,1
add $0,1
lpb $0
  sub $0,1
  add $2,$3
  add $1,$2
  mul $2,10
  bin $3,$1
lpe
sub $0,$2
sub $0,10
div $0,10
add $0,1
sub $0,-1
div $0,-1
add $0,1
