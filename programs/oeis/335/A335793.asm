; A335793: Number of hare pop-stack sortable Cayley permutations.
; 1,1,3,11,41,151,553,2023,7401

sub $0,1
mov $1,1
lpb $0
  add $2,$1
  add $1,$3
  mul $1,2
  sub $0,1
  add $3,$2
  mul $2,2
lpe
add $1,$3
mov $0,$1
