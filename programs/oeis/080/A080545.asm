; A080545: Characteristic function of {1} union {odd primes}: 1 if n is 1 or an odd prime, else 0.
; 1,0,1,0,1,0,1,0,0,0,1,0,1,0,0,0,1,0,1,0,0,0,1,0,0,0,0,0,1,0,1,0,0,0,0,0,1,0,0,0,1,0,1,0,0,0,1,0,0,0,0,0,1,0,0,0,0,0,1,0,1,0,0,0,0,0,1,0,0,0,1,0,1,0,0,0,0,0,1,0

#offset 1

sub $0,1
sub $0,1
sub $0,1
add $0,1
sub $0,1
sub $0,1
sub $0,1
add $0,1
sub $0,-2
mov $1,2
fac $1,$0
sub $0,-2
add $1,3
div $1,$0
mov $0,$1
add $0,1
add $0,-1
mod $0,2
