; A028738: Nonsquares mod 25.
; 2,3,5,7,8,10,12,13,15,17,18,20,22,23

#offset 1

sub $0,1
sub $0,1
sub $0,1
sub $0,1
mul $0,5
add $0,124
add $0,30
sub $0,-164
div $0,3
mul $0,5
add $0,30
sub $0,735
sub $0,-9
div $0,5
mul $0,2
add $0,1
sub $0,21
sub $0,-96
div $0,2
add $0,2
