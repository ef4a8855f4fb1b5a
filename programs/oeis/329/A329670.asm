; A329670: Number of excursions of length n with Motzkin-steps allowing only consecutive steps UH and HD.
; 1,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0

sub $0,1
add $3,5
add $3,$3
lpb $0
  sub $0,1
  add $3,$3
lpe
div $3,8
mov $0,$3
mod $0,2
