; A097881: Decimal expansion of the sum from 1 to infinity of fraction sequence with numerator triangular numbers and denominator sum of prime cubes.
; 2,9,4,3,9,4,2,7

mov $1,$0
mul $1,2
lpb $1
  sub $0,$2
  add $2,$0
  add $0,1
  sub $3,$4
  add $4,$2
  sub $3,1
  sub $1,1
lpe
mov $0,$3
mod $0,10
add $0,12
mod $0,10
