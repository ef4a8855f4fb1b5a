; A018356: Divisors of 250.
; Formula: a(n) = gcd(n,2)*lodapow(5,truncate((n-1)/2))
; 1,2,5,10,25,50,125,250

#offset 1

mov $1,$0
sub $1,1
div $1,2
mov $2,5
pow $2,$1
gcd $0,2
mul $0,$2
