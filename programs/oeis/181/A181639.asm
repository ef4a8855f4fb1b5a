; A181639: Numbers n such that omega(n) = digit-reverse(n).
; Formula: a(n) = 10*((lodamod(n-1,2)+2)*lodapow(10,truncate((n-1)/2)))
; 20,30,200,300,2000,3000,20000,30000,200000,300000,2000000,3000000,20000000,30000000

#offset 1

sub $0,1
mov $1,$0
div $1,2
mov $2,10
pow $2,$1
mod $0,2
add $0,2
mul $0,$2
mul $0,10
