; A003035: Maximal number of 3-tree rows in n-tree orchard problem.
; 0,0,1,1,2,4,6,7,10,12,16,19,22,26

#offset 1

mov $1,-1
lpb $0
  sub $0,3
  add $1,5
  mov $2,$1
  gcd $2,$0
  div $2,$1
  add $3,$0
  add $3,$2
lpe
mov $0,$3
