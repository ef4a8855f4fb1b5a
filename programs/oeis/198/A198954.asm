; A198954: Expansion of the rotational partition function for a heteronuclear diatomic molecule.
; 1,3,0,5,0,0,7,0,0,0,9,0,0,0,0,11,0,0,0,0,0,13,0,0,0,0,0,0,15,0,0,0,0,0,0,0,17,0,0,0,0,0,0,0,0,19,0,0,0,0,0,0,0,0,0,21,0,0,0,0,0,0,0,0,0,0,23,0,0,0,0,0,0,0,0,0,0,0,25,0

mov $1,$0
mov $0,1
lpb $1
  add $2,1
  add $0,2
  sub $1,$2
lpe
pow $3,$1
mul $0,$3
