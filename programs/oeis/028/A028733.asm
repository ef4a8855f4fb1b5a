; A028733: Nonsquares mod 20.
; 2,3,6,7,8,10,11,12,13,14,15,17,18,19

#offset 1

sub $0,1
sub $0,1
add $0,1
sub $0,1
mov $4,$0
sub $0,1
max $4,0
add $0,3
mov $3,$0
div $3,6
sub $3,1
add $0,$3
mov $5,$4
equ $5,0
mul $5,-2
add $0,$5
add $0,3
sub $0,1
add $0,2
