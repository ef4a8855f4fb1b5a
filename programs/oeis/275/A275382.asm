; A275382: Number of odd prime factors (with multiplicity) of generalized Fermat number 11^(2^n) + 1.
; Formula: a(n) = lodadif(truncate((lodadif(n*n,2)-1)/6),2)+1
; 1,1,1,2,2,3,2,5,6

mul $0,$0
dif $0,2
sub $0,1
div $0,6
dif $0,2
add $0,1
