; A068384: a(n) is the smallest number m such that any lattice having at least m elements must have a sublattice with exactly n elements.
; 1,2,3,4,5,6,9,8

#offset 1

sub $0,1
sub $0,2
add $0,2
sub $0,1
mov $3,$0
lpb $3
  sub $3,5
  add $0,2
  mul $3,6
lpe
sub $0,11
sub $0,-10
sub $0,-2
add $0,1
