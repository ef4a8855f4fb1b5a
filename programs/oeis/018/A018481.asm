; A018481: Divisors of 486.
; 1,2,3,6,9,18,27,54,81,162,243,486

#offset 1

sub $0,1
mov $4,$0
sub $0,1
max $0,0
add $0,1
sub $0,1
add $0,2
mov $1,$0
lpb $1
  sub $1,1
  sub $2,$3
  mul $3,$2
  trn $3,$2
  sub $2,$3
  sub $2,4
lpe
mov $0,$2
div $0,-8
add $0,1
mov $5,$4
equ $5,0
mul $5,-1
add $0,$5
