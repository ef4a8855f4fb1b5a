; A055081: Number of positive integers whose harmonic mean with n is a positive integer.
; 1,2,3,3,3,7,3,4,5,6,3,10,3,6,10,5,3,11,3,10,9,6,3,13,5,6,7,10,3,20,3,6,9,6,10,16,3,6,9,13,3,20,3,9,17,6,3,16,5,10,9,9,3,15,9,13,9,6,3,30,3,6,16,7,9,20,3,9,9,19,3,22,3,6,16,9,10,19,3,16

#offset 1

mov $1,$0
mul $0,2
bin $0,2
lpb $0
  sub $0,1
  add $1,1
  sub $2,$3
  mov $3,$1
  gcd $3,$0
  bin $3,$1
lpe
sub $2,$3
mov $0,$2
div $0,-1
