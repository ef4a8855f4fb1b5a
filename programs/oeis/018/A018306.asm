; A018306: Divisors of 152.
; Formula: a(n) = 3*floor(lodapow(2,n-1)/15)+lodapow(2,n-1)
; 1,2,4,8,19,38,76,152

#offset 1

sub $0,1
mov $1,2
pow $1,$0
mov $0,$1
div $0,15
mul $0,3
add $0,$1
