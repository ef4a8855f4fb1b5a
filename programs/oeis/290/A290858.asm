; A290858: Decimal representation of the diagonal from the corner to the origin of the n-th stage of growth of the two-dimensional cellular automaton defined by "Rule 1006", based on the 5-celled von Neumann neighborhood.
; 1,1,1,1,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3

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
div $0,11
sub $0,-2
mul $0,2
sub $0,-2
div $0,4
add $0,3
sub $0,3
mul $0,2
add $0,1
