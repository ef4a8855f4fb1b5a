; A108942: Degrees of irreducible representations of SL(2,7).
; 1,3,3,4,4,6,6,6,7,8,8

#offset 1

sub $0,3
lpb $0
  add $1,1
  sub $0,$1
lpe
sub $1,$0
add $1,3
mul $0,$1
add $0,$1
sub $0,3
div $0,2
add $0,$1
