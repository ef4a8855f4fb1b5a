; A322260: Numbers k such that the poset of multiset partitions of a multiset whose multiplicities are the prime indices of k is a lattice.
; 1,2,3,4,5,6,7,8,9,16,32

#offset 1

sub $0,9
mov $1,$0
add $0,5
mov $2,$1
lpb $1
  sub $3,$0
  sub $1,1
  sub $2,$3
lpe
mov $0,$2
add $0,9
