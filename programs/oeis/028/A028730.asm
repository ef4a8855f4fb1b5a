; A028730: Nonsquares mod 17.
; 3,5,6,7,10,11,12,14

#offset 1

sub $0,1
sub $0,1
sub $0,1
sub $0,-1
add $3,3
add $3,$0
mov $0,$3
add $0,$0
mul $0,7
div $0,8
div $0,5
mul $0,12
add $0,16
div $0,8
add $3,$0
mov $0,$3
sub $0,5
sub $0,-2
sub $0,-1
sub $0,2
add $0,3
