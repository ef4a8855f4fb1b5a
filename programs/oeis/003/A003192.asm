; A003192: Length of uncrossed knight's path on an n X n board.
; 0,0,2,5,10,17,24,35,47

#offset 1

mov $1,$0
mov $0,0
lpb $1
  sub $1,2
  add $0,$1
  mov $2,1
  add $0,$1
  add $0,$1
lpe
mov $3,$0
lpb $0
  sub $0,1
  add $2,2
  sub $3,$4
  mov $4,$2
  gcd $4,$0
  bin $4,$2
lpe
sub $3,$4
mov $0,$3
