; A275378: Number of odd prime factors (with multiplicity) of generalized Fermat number 5^(2^n) + 1.
; 1,1,1,2,2,3,3,3,5

sub $0,1
add $0,1
pow $0,2
div $0,3
add $0,2
sub $0,13
div $0,3
mul $0,7
div $0,8
add $0,1
sub $0,-2
