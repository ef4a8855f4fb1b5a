; A018346: Divisors of 232.
; Formula: a(n) = 13*floor(lodapow(2,n-1)/15)+lodapow(2,n-1)
; 1,2,4,8,29,58,116,232

#offset 1

sub $0,1
mov $1,2
pow $1,$0
mov $0,$1
div $0,15
mul $0,13
add $0,$1
