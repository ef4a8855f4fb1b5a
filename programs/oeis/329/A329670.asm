; A329670: Number of excursions of length n with Motzkin-steps allowing only consecutive steps UH and HD.
; 1,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0

sub $0,1
max $0,0
sub $0,1
mov $2,$0
add $2,-2
lpb $2
  sub $2,1
lpe
mov $0,$2
sub $0,-3
add $0,2
add $0,-1
add $0,2
mod $0,2
