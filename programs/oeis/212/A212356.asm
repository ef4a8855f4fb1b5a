; A212356: Number of terms of the cycle index polynomial Z(D_n) for the dihedral group D_n.
; 1,2,3,4,3,5,3,5,4,5,3,7,3,5,5,6,3,7,3,7,5,5,3,9,4,5,5,7,3,9,3,7,5,5,5,10,3,5,5,9,3,9,3,7,7,5,3,11,4,7,5,7,3,9,5,9,5,5,3,13,3,5,7,8,5,9,3,7,5,9,3,13,3,5,7,7,5,9,3,11

#offset 1

lpb $0
  sub $1,$2
  mov $2,$3
  gcd $2,$0
  bin $2,$3
  sub $0,1
  add $3,1
lpe
mov $0,$1
mul $0,-1
add $0,1
