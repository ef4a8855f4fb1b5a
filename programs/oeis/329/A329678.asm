; A329678: Number of excursions of length n with Motzkin-steps consisting only of consecutive steps UD and DH.
; 1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0

sub $0,3
mul $0,2
bin $2,$2
mov $1,$0
max $1,1
mov $0,$1
sub $0,1
mov $3,$2
add $0,$3
mod $0,2
