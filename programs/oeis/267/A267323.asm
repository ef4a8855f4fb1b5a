; A267323: The number of permutations in S_n with strategic pile of size 3.
; 0,0,0,3,12,66,432,3240,27360

#offset 1

sub $0,2
mov $1,$0
sub $0,1
lpb $1
  add $0,$2
  mul $3,$1
  add $2,$3
  add $3,$0
  sub $1,1
  mov $0,2
lpe
mov $0,$3
