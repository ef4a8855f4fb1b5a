; A129107: Decimal expansion of 42223444 = 84446888/2 (see A129106).
; 4,2,2,2,3,4,4,4

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
add $0,4
