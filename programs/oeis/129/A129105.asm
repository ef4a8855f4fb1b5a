; A129105: Decimal expansion of 84446888 (see A129106).
; 8,4,4,4,6,8,8,8

#offset 8

sub $0,8
mov $2,$0
sub $0,3
sub $0,1
mul $0,11
div $0,3
mod $0,2
mov $3,$2
equ $3,0
add $0,$3
sub $0,1
mul $0,2
add $0,8
