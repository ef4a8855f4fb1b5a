; A251420: Decimal expansion of Fisher's percolation exponent in two dimensions, 187/91.
; 2,0,5,4,9,4,5,0,5,4,9,4,5,0,5,4,9,4,5,0,5,4,9,4,5,0,5,4,9,4,5,0,5,4,9,4,5,0,5,4,9,4,5,0,5,4,9,4,5,0,5,4,9,4,5,0,5,4,9,4,5,0,5,4,9,4,5,0,5,4,9,4,5,0,5,4,9,4,5,0

#offset 1

sub $0,1
mov $4,$0
sub $0,1
add $0,2
sub $0,1
mov $3,10
lpb $0
  sub $0,1
  mul $3,10
lpe
mov $0,$3
div $0,7
div $0,26
mod $0,10
mov $5,$4
equ $5,0
mul $5,2
add $0,$5
