; A065803: a(n) = (sigma_2(n) mod 2) * (sigma_2(n) mod 5). Residue-product modulo 2 and 5 of sum of square of divisors.
; 1,0,0,1,0,0,0,0,1,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0

#offset 1

sub $0,1
add $0,1
sub $0,1
mov $2,$0
sub $1,1
add $2,1
lpb $2
  add $2,$1
  add $1,-2
lpe
mov $0,$2
mov $3,$0
mov $4,$3
equ $4,0
mul $4,-1
mov $0,$4
add $0,1
sub $0,1
div $0,-1
add $0,1
sub $0,1
