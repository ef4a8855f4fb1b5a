; A024351: Primes forming a 3 X 3 magic square with prime entries and minimal constant 177 = A164843(3).
; 5,17,29,47,59,71,89,101,113

#offset 1

sub $0,1
sub $0,1
add $1,3
sub $0,1
add $0,2
add $1,$0
add $0,$1
mul $0,4
div $0,6
add $0,$1
sub $0,2
mul $0,2
add $0,1
sub $0,3
mul $0,4
add $0,5
sub $0,21
div $0,8
mul $0,6
add $0,5
