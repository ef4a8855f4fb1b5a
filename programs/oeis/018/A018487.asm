; A018487: Divisors of 496.
; Formula: a(n) = lodapow(2,n-1)-floor(lodapow(2,n-1)/31)
; 1,2,4,8,16,31,62,124,248,496

#offset 1

sub $0,1
mov $1,2
pow $1,$0
mov $0,$1
div $1,31
sub $0,$1
