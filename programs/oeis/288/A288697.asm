; A288697: Binary representation of the diagonal from the corner to the origin of the n-th stage of growth of the two-dimensional cellular automaton defined by "Rule 494", based on the 5-celled von Neumann neighborhood.
; 1,1,0,1,10,1,10,1,10,1,10,1,10,1,10,1,10,1,10,1,10,1,10,1,10,1,10,1,10,1,10,1,10,1,10,1,10,1,10,1,10,1,10,1,10,1,10,1,10,1,10,1,10,1,10,1,10,1,10,1,10,1,10,1,10,1,10,1,10,1,10,1,10,1,10,1,10,1,10,1

sub $0,1
sub $0,1
mov $4,$0
sub $0,1
max $0,0
add $0,1
sub $0,1
add $0,1
lpb $0
  add $2,$2
  sub $3,2
  sub $0,1
  mul $1,4
  add $2,$3
  mod $0,2
  add $1,$2
  add $2,$2
lpe
mov $0,$1
sub $0,-2
div $0,-2
add $0,1
mov $5,$4
equ $5,0
mul $5,-1
add $0,$5
