; A135215: Maximal number of zero digits in square of number with n digits and without zero digits.
; Formula: a(n) = truncate((n-1+gcd(0,n-1)+gcd(0,n-1))/2)+(gcd(0,n-1)==6)
; 0,1,3,4,6,7,10,10,12,13,15

#offset 1

sub $0,1
gcd $1,$0
add $0,$1
add $0,$1
equ $1,6
div $0,2
add $0,$1
