; A037747: Base 7 digits are, in order, the first n terms of the periodic sequence with initial period 2,3,0,1.
; Formula: a(n) = b(n), b(n) = 7*b(n-1)+(c(n-1)+1)%4, c(n) = (c(n-1)+1)%4, b(0) = 0, c(0) = 1
; 2,17,119,834,5840,40883,286181,2003268,14022878,98160149,687121043,4809847302,33668931116,235682517815,1649777624705,11548443372936,80839103610554,565873725273881,3961116076917167

#offset 1

mov $1,1
lpb $0
  mul $2,7
  add $1,1
  mod $1,4
  sub $0,1
  add $2,$1
lpe
mov $0,$2
