; A090281: "Plain Bob Minimus" in bell-ringing is a sequence of permutations p_1=(1,2,3,4), p_2=(2,1,4,3), ... which runs through all permutations of {1,2,3,4} with period 24; sequence gives position of bell 1 (the treble bell) in n-th permutation.
; 1,2,3,4,4,3,2,1,1,2,3,4,4,3,2,1,1,2,3,4,4,3,2,1,1,2,3,4,4,3,2,1,1,2,3,4,4,3,2,1,1,2,3,4,4,3,2,1,1,2,3,4,4,3,2,1,1,2,3,4,4,3,2,1,1,2,3,4,4,3,2,1,1,2,3,4,4,3,2,1

#offset 1

sub $0,1
sub $0,7
sub $2,6
mov $1,$0
bin $1,2
lpb $1
  add $3,$2
  sub $1,1
  add $3,$2
  sub $2,$3
  add $3,6
lpe
add $3,$2
mov $0,$3
sub $0,-6
div $0,-6
add $0,4
sub $0,4
div $0,-1
add $0,1
