; A007362: Denominator of n-th power of Hermite constant for dimension n.
; 1,3,1,1,1,3,1,1

#offset 1

sub $0,1
add $0,1
mod $0,4
add $0,$0
mod $0,3
mod $0,2
mul $0,9
div $0,9
mul $0,4
div $0,2
add $0,1
