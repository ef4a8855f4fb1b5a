; A007362: Denominator of n-th power of Hermite constant for dimension n.
; 1,3,1,1,1,3,1,1

#offset 1

sub $0,1
sub $0,1
sub $0,1
sub $0,1
pow $0,2
add $0,$0
sub $0,106
sub $0,-156
div $0,-8
mod $0,2
mul $0,-2
add $0,1
