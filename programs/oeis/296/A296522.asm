; A296522: Number of disjoint covering systems of cardinality n with gcd of the moduli equal to 1.
; 1,0,0,0,0,0,0,0,0,0,0,0,30

#offset 1

sub $0,1
mov $4,$0
sub $0,1
add $0,1
lpb $0
  add $2,$3
  add $2,$3
  sub $0,6
  add $2,$3
  add $1,$3
  add $2,$2
  add $1,$2
  mov $2,$0
  sub $3,$2
lpe
mov $0,$1
div $0,-1
mov $5,$4
equ $5,0
add $0,$5
