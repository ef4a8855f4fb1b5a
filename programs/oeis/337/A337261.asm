; A337261: Numbers k such that the digits of 4^k cannot be rearranged to form the digits of t^2, for t not a power of 2.
; Formula: a(n) = -(lodamod(lodadgs(n-1,6),4)+(0-(n-1))+(0-(n-1)))
; 0,1,2,3,8,9,11,12

#offset 1

sub $0,1
sub $1,$0
dgs $0,6
mod $0,4
add $0,$1
add $0,$1
mul $0,-1
