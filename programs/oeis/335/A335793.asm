; A335793: Number of hare pop-stack sortable Cayley permutations.
; 1,1,3,11,41,151,553,2023,7401

sub $0,1
gcd $1,-1
add $1,3
add $3,$1
lpb $0
  sub $0,1
  mul $2,2
  add $2,$3
  add $1,$1
  add $3,$1
  add $1,$2
lpe
mov $0,$1
sub $0,4
div $0,4
add $0,1
