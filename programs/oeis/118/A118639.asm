; A118639: Smallest number expressible using the next Roman-numeral symbol under the vinculum system.
; Formula: a(n) = (lodamod(0-(n-2),2)-2)^2*lodapow(10,truncate((n-2)/2))
; 1,4,9,40,90,400,900,4000,9000,40000,90000,400000,900000

#offset 1

sub $0,2
sub $1,$0
mod $1,2
sub $1,2
div $0,2
mov $2,10
pow $2,$0
pow $1,2
mul $1,$2
mov $0,$1
