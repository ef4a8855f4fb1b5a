; A090281: "Plain Bob Minimus" in bell-ringing is a sequence of permutations p_1=(1,2,3,4), p_2=(2,1,4,3), ... which runs through all permutations of {1,2,3,4} with period 24; sequence gives position of bell 1 (the treble bell) in n-th permutation.
; 1,2,3,4,4,3,2,1,1,2,3,4,4,3,2,1,1,2,3,4,4,3,2,1,1,2,3,4,4,3,2,1,1,2,3,4,4,3,2,1,1,2,3,4,4,3,2,1,1,2,3,4,4,3,2,1,1,2,3,4,4,3,2,1,1,2,3,4,4,3,2,1,1,2,3,4,4,3,2,1

#offset 1

sub $0,1
sub $0,1
add $0,1
add $0,1
sub $0,1
add $0,$0
lpb $0
  sub $3,2
  add $2,$4
  add $2,$4
  add $2,$4
  add $1,$3
  add $2,1
  sub $4,$1
  add $2,$3
  sub $0,1
  sub $0,1
  sub $4,$1
  sub $3,$2
  sub $4,$1
  sub $2,$1
  sub $3,$1
  add $2,$3
  add $2,$1
  add $1,$3
  add $2,2
lpe
mov $0,$4
div $0,2
mul $0,27
add $0,11
mod $0,10
