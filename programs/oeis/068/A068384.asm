; A068384: a(n) is the smallest number m such that any lattice having at least m elements must have a sublattice with exactly n elements.
; 1,2,3,4,5,6,9,8

#offset 1

sub $0,1
add $0,1
sub $0,1
mov $3,$0
lpb $3
  sub $3,1
  sub $3,5
  mul $3,$0
  add $0,2
lpe
add $0,1
