; A024351: Primes forming a 3 X 3 magic square with prime entries and minimal constant 177 = A164843(3).
; 5,17,29,47,59,71,89,101,113

#offset 1

sub $0,1
gcd $3,$0
mul $3,7
add $1,$3
mov $0,$1
mul $0,5
div $0,15
mul $0,9
div $0,-1
div $0,-9
add $0,1
sub $0,1
mul $0,6
add $0,5
