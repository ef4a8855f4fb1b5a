; A322260: Numbers k such that the poset of multiset partitions of a multiset whose multiplicities are the prime indices of k is a lattice.
; 1,2,3,4,5,6,7,8,9,16,32

#offset 1

sub $0,1
sub $0,1
sub $0,8
sub $0,1
add $0,3
sub $1,$0
sub $0,1
lpb $0
  sub $0,1
  add $1,$1
  sub $1,4
lpe
mov $0,$1
sub $0,7
div $0,-1
add $0,1
