; A037677: Base 7 digits are, in order, the first n terms of the periodic sequence with initial period 1,0,2,3.
; 1,7,51,360,2521,17647,123531,864720,6053041,42371287,296599011,2076193080,14533351561,101733460927,712134226491,4984939585440,34894577098081,244262039686567,1709834277805971

#offset 1

sub $0,1
add $0,1
sub $0,1
add $3,1
add $0,1
lpb $0
  sub $0,1
  add $2,$3
  add $1,$2
  mul $2,7
  div $1,-1
  add $1,$2
  bin $3,$1
lpe
mov $0,$1
add $1,$0
mov $0,$1
div $0,10
