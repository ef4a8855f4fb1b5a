; A082463: Numbers k such that A072181(k) + 1 is prime.
; 1,2,3,4,5,6,7,9,10

#offset 1

sub $0,1
sub $0,2
add $0,1
add $0,$0
sub $0,2
mul $0,3
div $0,5
add $0,1
sub $0,3
mul $0,2
add $0,4
sub $0,-4
div $0,2
add $0,1
