; A018311: Divisors of 162.
; Formula: a(n) = gcd(n,2)*lodapow(3,truncate((n-1)/2))
; 1,2,3,6,9,18,27,54,81,162

#offset 1

mov $1,$0
sub $1,1
div $1,2
mov $2,3
pow $2,$1
gcd $0,2
mul $0,$2
