; A037660: Base 4 digits are, in order, the first n terms of the periodic sequence with initial period 3,1,0.
; 3,13,52,211,845,3380,13523,54093,216372,865491,3461965,13847860,55391443,221565773,886263092,3545052371,14180209485,56720837940,226883351763,907533407053,3630133628212,14520534512851,58082138051405

#offset 1

sub $0,1
add $0,1
sub $0,1
sub $0,-1
sub $0,-1
add $0,1
sub $0,1
add $3,3
lpb $0
  sub $0,1
  add $3,1
  add $3,$3
  add $3,$3
lpe
mov $0,$3
div $0,7
add $0,1
sub $0,4
div $0,3
add $0,1
