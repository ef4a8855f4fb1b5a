; A037733: Base 7 digits are, in order, the first n terms of the periodic sequence with initial period 2,1,0,3.
; Formula: a(n) = b(n), b(n) = 7*b(n-1)+lodamod(c(n-1)+3,4), c(n) = lodamod(c(n-1)+3,4), b(0) = 0, c(0) = -1
; 2,15,105,738,5168,36177,253239,1772676,12408734,86861139,608027973,4256195814,29793370700,208553594901,1459875164307,10219126150152,71533883051066,500737181357463,3505160269502241

#offset 1

mov $1,-1
lpb $0
  mul $2,7
  add $1,3
  mod $1,4
  sub $0,1
  add $2,$1
lpe
mov $0,$2
