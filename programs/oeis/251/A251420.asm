; A251420: Decimal expansion of Fisher's percolation exponent in two dimensions, 187/91.
; 2,0,5,4,9,4,5,0,5,4,9,4,5,0,5,4,9,4,5,0,5,4,9,4,5,0,5,4,9,4,5,0,5,4,9,4,5,0,5,4,9,4,5,0,5,4,9,4,5,0,5,4,9,4,5,0,5,4,9,4,5,0,5,4,9,4,5,0,5,4,9,4,5,0,5,4,9,4,5,0

#offset 1

sub $0,1
mov $4,$0
sub $0,1
add $3,3
add $0,1
lpb $0
  sub $0,1
  add $2,$3
  add $1,$2
  mul $2,10
  add $1,$2
  div $1,-2
  add $1,$2
lpe
mov $0,$1
div $0,2
div $0,13
div $0,-1
div $0,-1
mod $0,10
mov $5,$4
equ $5,0
mul $5,2
add $0,$5
