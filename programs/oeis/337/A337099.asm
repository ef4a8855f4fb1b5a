; A337099: Largest positive number using exactly n segments on a calculator display (when '6' and '7' are represented using 6 resp. 3 segments).
; Formula: a(n) = 2*floor((lodamod(0-(n-1),2)-4)^2*lodapow(10,truncate((n-1)/2))/45)+1
; 1,7,11,71,111,711,1111,7111,11111,71111,111111,711111,1111111,7111111,11111111,71111111,111111111,711111111,1111111111,7111111111,11111111111,71111111111,111111111111,711111111111,1111111111111,7111111111111,11111111111111,71111111111111

#offset 2

sub $0,1
sub $1,$0
mod $1,2
sub $1,4
div $0,2
mov $2,10
pow $2,$0
pow $1,2
mul $1,$2
mov $0,$1
div $0,45
mul $0,2
add $0,1
