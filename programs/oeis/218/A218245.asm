; A218245: Nicolas's sequence, whose nonnegativity is equivalent to the Riemann hypothesis.
; 2,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0

#offset 1

sub $0,1
sub $0,1
sub $0,1
sub $0,1
sub $0,1
div $0,2
add $0,$0
div $0,2
mul $0,13
add $0,15
sub $0,13
div $0,13
lpb $0
  bin $0,-1
  add $0,1
lpe
sub $0,-1
mul $0,4
add $0,4
sub $0,4
div $0,-4
add $0,2
