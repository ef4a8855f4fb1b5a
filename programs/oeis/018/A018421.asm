; A018421: Divisors of 375.
; Formula: a(n) = gcd(n%2,3)*lodapow(5,truncate((n-1)/2))
; 1,3,5,15,25,75,125,375

#offset 1

mov $1,$0
sub $1,1
div $1,2
mov $2,5
pow $2,$1
mod $0,2
gcd $0,3
mul $0,$2
