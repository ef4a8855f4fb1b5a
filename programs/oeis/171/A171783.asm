; A171783: Third smallest divisor of smallest number having exactly n divisors.
; 4,3,4,3,4,3,3,3,4,3,4,3,3,3,4,3,4,3,3,3,4,3,3,3,3,3,4,3,4,3,3,3,3,3,4,3,3,3,4,3,4,3,3,3,4,3,3,3,3,3,4,3,3,3,3,3,4,3,4,3,3,3,3,3,4,3,3,3,4,3,4,3,3,3,3,3,4,3,3,3

#offset 3

sub $0,3
sub $0,1
sub $0,1
sub $0,1
add $0,1
sub $0,1
sub $0,1
sub $0,1
add $0,3
add $0,1
sub $0,-2
mov $1,2
fac $1,$0
sub $0,-2
add $1,-1
div $1,$0
mov $0,$1
add $0,1
add $0,-1
mod $0,2
mul $0,-1
add $0,4
