; A018592: Divisors of 686.
; Formula: a(n) = gcd(n,2)*lodapow(7,truncate((n-1)/2))
; 1,2,7,14,49,98,343,686

#offset 1

mov $1,$0
sub $1,1
div $1,2
mov $2,7
pow $2,$1
gcd $0,2
mul $0,$2
