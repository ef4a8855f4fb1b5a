; A275378: Number of odd prime factors (with multiplicity) of generalized Fermat number 5^(2^n) + 1.
; Formula: a(n) = truncate((n*n-36)/14)+3
; 1,1,1,2,2,3,3,3,5

mul $0,$0
sub $0,36
div $0,14
add $0,3
