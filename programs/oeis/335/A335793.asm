; A335793: Number of hare pop-stack sortable Cayley permutations.
; 1,1,3,11,41,151,553,2023,7401

sub $0,1
add $2,-1
add $0,1
lpb $0
  sub $1,2
  add $1,$1
  sub $0,1
  add $2,$2
  add $2,$3
  add $1,$2
  sub $2,$1
  add $1,$2
  sub $3,$2
  div $1,-1
  add $1,$2
  sub $2,$1
  add $2,-1
  div $1,-1
lpe
mov $0,$2
div $0,-4
mul $0,2
div $0,2
add $0,1
