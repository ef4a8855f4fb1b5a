; A063237: Dimension of the space of weight 2n cuspidal newforms for Gamma_0( 86 ).
; 4,11,17,25,31,39,45,53,59,67,73,81,87,95,101,109,115,123,129,137,143,151,157,165,171,179,185,193,199,207,213,221,227,235,241,249,255,263,269,277,283,291,297,305,311,319,325,333,339,347

#offset 1

sub $0,1
add $0,1
sub $0,1
mov $4,$0
sub $0,1
sub $0,1
add $0,1
add $0,1
sub $0,1
mov $3,$0
div $0,2
lpb $3
  sub $3,1
  add $0,3
lpe
add $0,1
div $0,-1
sub $0,3
mul $0,-2
add $0,3
mov $5,$4
equ $5,0
mul $5,-7
add $0,$5
