; A302097: Number of odd prime factors (with multiplicity) of generalized Fermat number 13^(2^n) + 1.
; 1,2,1,1,3,4,4,3

sub $0,1
mov $4,$0
sub $0,1
max $0,0
add $0,2
sub $0,-1
sub $1,4
lpb $0
  sub $0,1
  sub $2,$1
  add $1,$2
  sub $1,4
lpe
mov $0,$1
sub $0,-2
add $0,1
div $0,-2
add $0,1
mov $5,$4
equ $5,0
add $0,$5
sub $0,1
div $0,-1
add $0,2
sub $0,5
div $0,-1
add $0,1
