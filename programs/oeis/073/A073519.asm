; A073519: The set of nine consecutive primes forming a 3 X 3 magic square with the smallest magic constant (4440084513).
; 1480028129,1480028141,1480028153,1480028159,1480028171,1480028183,1480028189,1480028201,1480028213

#offset 1

sub $0,1
sub $0,1
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
mul $0,2
div $0,5
mul $0,2
sub $0,21
sub $0,-96
mul $0,3
add $0,11
div $0,6
add $0,1
sub $0,-43
mul $0,3
add $0,1480028129
