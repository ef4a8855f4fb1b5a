; A145441: Exponents of multipliers 10^a(n) of SI prefixes, in increasing order.
; 1,2,3,6,9,12,15,18,21,24

#offset 1

sub $0,1
sub $0,1
sub $0,1
gcd $3,$0
add $1,2
add $3,3
mul $0,$1
sub $3,1
add $0,$3
add $0,1
sub $0,4
mul $0,4
add $0,33
sub $0,17
div $0,2
add $0,1
sub $0,3
div $0,2
add $0,1
