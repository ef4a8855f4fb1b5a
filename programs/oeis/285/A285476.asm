; A285476: Binary representation of the diagonal from the origin to the corner of the n-th stage of growth of the two-dimensional cellular automaton defined by "Rule 6", based on the 5-celled von Neumann neighborhood.
; 1,10,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0

sub $0,1
sub $0,1
sub $3,3
add $0,1
sub $0,1
add $0,2
sub $3,6
mov $1,$0
lpb $1
  add $3,$2
  sub $1,1
  sub $2,$3
  dif $2,-1
  mov $3,1
lpe
mov $0,$2
div $0,-1
add $0,1
