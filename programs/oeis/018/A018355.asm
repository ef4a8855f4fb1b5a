; A018355: Divisors of 248.
; Formula: a(n) = 15*floor(lodapow(2,n-1)/15)+lodapow(2,n-1)
; 1,2,4,8,31,62,124,248

#offset 1

sub $0,1
mov $1,2
pow $1,$0
mov $0,$1
div $0,15
mul $0,15
add $0,$1
