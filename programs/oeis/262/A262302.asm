; A262302: Rainbow index for n-th odd prime.
; 3,4,4,5,5,6,6,6,6,6,6,6,6

#offset 1

sub $0,1
add $0,1
sub $0,1
add $0,1
lpb $0
  div $0,4
  mul $0,-1
  div $0,-2
  add $0,6
lpe
sub $0,7
div $0,2
sub $0,1
mul $0,-2
add $0,3
sub $0,5
div $0,-2
sub $0,-3
add $0,3
