; A175001: Number of stable n-celled patterns ("still lifes") in the Move (a.k.a. Morley; B368/S245) cellular automaton.
; 0,0,0,1,1,2,2,4,1,3

#offset 1

sub $0,3
lpb $0
  add $1,3
  sub $0,1
  bin $2,$0
  mod $2,2
  add $3,$2
  mov $2,$1
lpe
mov $0,$3
