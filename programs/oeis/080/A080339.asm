; A080339: Characteristic function of {1} union {primes}: 1 if n is 1 or a prime, else 0.
; 1,1,1,0,1,0,1,0,0,0,1,0,1,0,0,0,1,0,1,0,0,0,1,0,0,0,0,0,1,0,1,0,0,0,0,0,1,0,0,0,1,0,1,0,0,0,1,0,0,0,0,0,1,0,0,0,0,0,1,0,1,0,0,0,0,0,1,0,0,0,1,0,1,0,0,0,0,0,1,0

#offset 1

sub $0,1
sub $0,1
add $0,1
sub $0,1
sub $0,1
max $0,0
sub $0,1
add $0,1
sub $0,1
sub $0,-2
mov $1,2
fac $1,$0
sub $0,-2
add $1,-1
div $1,$0
mov $0,$1
add $0,1
mod $0,2
