; A018258: Divisors of 42.
; Formula: a(n) = gcd(n,2)*A267807(lodapow(3,truncate((n-1)/2)))
; 1,2,3,6,7,14,21,42

#offset 1

mov $1,$0
sub $1,1
div $1,2
mov $2,3
pow $2,$1
gcd $0,2
seq $2,267807
mul $0,$2
