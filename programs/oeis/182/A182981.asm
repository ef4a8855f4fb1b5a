; A182981: Number of grid point that are covered at the n-th stage of the cellular automata which is a version "forest" of the shell model of partitions, with a(0)=1. The outers shells are represented as trees.
; 1,3,5,7,13,17,31,39

sub $0,3
mov $1,$0
add $0,1
lpb $1
  trn $1,2
  add $2,$1
  add $2,$0
lpe
add $0,$2
mul $0,2
add $0,5
