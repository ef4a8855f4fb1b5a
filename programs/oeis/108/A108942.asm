; A108942: Degrees of irreducible representations of SL(2,7).
; 1,3,3,4,4,6,6,6,7,8,8

#offset 1

sub $0,1
sub $0,1
sub $0,1
sub $0,1
sub $0,1
sub $0,1
add $0,1
sub $0,1
sub $0,1
lpb $0
  sub $0,1
  mul $0,5
lpe
add $0,124
add $0,29
sub $0,-164
div $0,2
mul $0,7
add $0,30
sub $0,735
sub $0,-9
div $0,5
mul $0,2
add $0,21
sub $0,1
sub $0,-3
div $0,2
sub $0,77
sub $0,-5
add $0,2
sub $0,18
add $0,1
