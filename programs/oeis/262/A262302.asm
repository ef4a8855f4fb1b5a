; A262302: Rainbow index for n-th odd prime.
; 3,4,4,5,5,6,6,6,6,6,6,6,6

#offset 1

sub $0,1
sub $0,1
sub $0,1
sub $0,3
sub $0,1
div $0,2
add $0,$0
div $0,2
lpb $0
  sub $0,1
lpe
mul $0,13
add $0,13
sub $0,13
div $0,13
sub $0,-2
mul $0,2
sub $0,-2
div $0,2
add $0,3
