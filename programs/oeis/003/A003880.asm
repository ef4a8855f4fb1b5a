; A003880: Degrees of irreducible representations of group L2(8).
; 1,7,7,7,7,8,9,9,9

#offset 1

sub $0,1
mov $3,$0
sub $0,1
sub $0,1
sub $1,5
lpb $0
  sub $0,1
  mul $2,-1
  add $1,$2
  sub $2,$0
  sub $2,$1
lpe
mul $1,-3
mov $0,$1
sub $0,15
div $0,15
add $0,7
mov $4,$3
equ $4,0
mul $4,-6
add $0,$4
