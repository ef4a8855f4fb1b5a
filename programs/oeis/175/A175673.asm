; A175673: Number of n-digit terms in A179955.
; Formula: a(n) = lodabin(9,n-1)-lodapow(0,n-1)
; 0,9,36,84,126,126,84,36,9,1

#offset 1

sub $0,1
mov $2,$0
mov $0,9
bin $0,$2
pow $1,$2
sub $0,$1
