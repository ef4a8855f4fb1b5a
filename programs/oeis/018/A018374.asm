; A018374: Divisors of 285.
; Formula: a(n) = A330565(gcd(n,2))*A267807(lodapow(5,truncate((n-1)/2)))
; 1,3,5,15,19,57,95,285

#offset 1

mov $1,$0
sub $1,1
div $1,2
mov $2,5
pow $2,$1
gcd $0,2
seq $2,267807
seq $0,330565
mul $0,$2
