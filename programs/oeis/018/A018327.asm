; A018327: Divisors of 190.
; Formula: a(n) = gcd(n,2)*A267807(lodapow(5,truncate((n-1)/2)))
; 1,2,5,10,19,38,95,190

#offset 1

mov $1,$0
sub $1,1
div $1,2
mov $2,5
pow $2,$1
gcd $0,2
seq $2,267807
mul $0,$2
