; A037664: Base 8 digits are, in order, the first n terms of the periodic sequence with initial period 3,1,0.
; Formula: a(n) = c(n), b(n) = lodamod(A105062(b(n-1)+27),4), c(n) = 8*c(n-1)+lodamod(A105062(b(n-1)+27),4), b(0) = 0, c(0) = 0
; 3,25,200,1603,12825,102600,820803,6566425,52531400,420251203,3362009625,26896077000,215168616003,1721348928025,13770791424200,110166331393603,881330651148825,7050645209190600

#offset 1

lpb $0
  add $1,27
  mul $2,8
  seq $1,105062
  mod $1,4
  sub $0,1
  add $2,$1
lpe
mov $0,$2
