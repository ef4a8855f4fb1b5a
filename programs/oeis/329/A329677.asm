; A329677: Number of excursions of length n with Motzkin-steps consisting only of consecutive steps UH, HD, and DH.
; 1,1,0,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0

sub $0,1
sub $0,1
sub $0,1
sub $0,1
add $0,1
sub $0,-1
mov $1,$0
add $0,2
mul $0,2
lpb $1
  sub $1,1
  add $0,4
  sub $0,10
  div $0,2
lpe
div $0,4
add $0,1
mod $0,2
