; A037660: Base 4 digits are, in order, the first n terms of the periodic sequence with initial period 3,1,0.
; 3,13,52,211,845,3380,13523,54093,216372,865491,3461965,13847860,55391443,221565773,886263092,3545052371,14180209485,56720837940,226883351763,907533407053,3630133628212,14520534512851,58082138051405

#offset 1

sub $0,1
mul $0,2
sub $0,-1
add $0,2
add $0,1
add $1,3
lpb $0
  sub $0,1
  sub $3,4
  add $2,$2
  sub $3,$2
  add $1,$2
  sub $3,4
  add $2,$3
  add $3,$1
  sub $3,$2
  add $1,$2
lpe
mov $0,$2
div $0,3
div $0,-3
