; A320997: An absolute lower bound on the number of components in perfect systems of difference sets (PSDS).
; 1,3,5,6,8,10,12,13,15,17,18

#offset 1

sub $0,1
add $0,1
sub $0,1
add $0,1
sub $0,1
gcd $3,$0
add $1,2
sub $3,-1
mul $3,3
add $1,$3
mov $0,$1
sub $0,2
mul $0,4
div $0,7
