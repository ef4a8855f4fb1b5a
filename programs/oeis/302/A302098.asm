; A302098: Number of prime factors (with multiplicity) of generalized Fermat number 14^(2^n) + 1.
; 2,1,2,3,2,4,2,3

mov $3,$0
sub $0,1
sub $0,1
sub $0,1
add $0,1
sub $0,-1
sub $0,1
add $0,1
lpb $0
  add $2,3
  dif $0,2
lpe
mov $0,$2
div $0,3
add $0,1
mov $4,$3
equ $4,1
mul $4,-1
add $0,$4
add $0,1
