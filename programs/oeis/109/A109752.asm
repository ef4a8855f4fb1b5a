; A109752: Using the lunar product (see A087062 for definition), numbers n such that if n divides a*b, then n must divide either a or b. The multiplicative identity, 9, is excluded by convention.
; 1,2,3,4,5,6,7,8,90

#offset 1

sub $0,1
mov $4,$0
sub $0,1
max $0,0
mov $3,$0
sub $0,-2
sub $3,6
lpb $3
  sub $3,1
  fac $0,2
lpe
mov $5,$4
equ $5,0
mul $5,-1
add $0,$5
