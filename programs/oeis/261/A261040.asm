; A261040: Values of c such that the Diophantine equation 5*a + 3*b = c has no solutions in positive integers.
; Formula: a(n) = floor(max(n,9)*gcd(0,n)/8)
; 1,2,3,4,5,6,7,9,10,12,15

#offset 1

gcd $1,$0
max $0,9
mul $0,$1
div $0,8
