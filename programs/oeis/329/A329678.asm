; A329678: Number of excursions of length n with Motzkin-steps consisting only of consecutive steps UD and DH.
; 1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0

sub $0,1
add $3,1
lpb $0
  sub $0,3
  add $3,$3
lpe
mov $0,$3
mod $0,2
