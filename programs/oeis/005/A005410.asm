; A005410: a(n) = largest integer m such that every n-point interval order contains an m-point semiorder.
; 1,2,3,3,4,4,5,5,6,6,7,7,8,8,9,9,9,10

#offset 1

sub $0,1
sub $0,1
mov $3,$0
add $3,1
mul $3,9
mov $0,$3
mul $0,17
div $0,18
add $0,1
sub $0,129
div $0,16
mul $0,3
add $0,18
sub $0,-6
div $0,3
add $0,1
