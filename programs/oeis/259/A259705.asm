; A259705: Row sums of A259704.
; 0,0,2,8,80,480,5040,40320

#offset 2

sub $0,2
sub $0,1
add $0,1
sub $0,1
sub $0,1
add $0,1
sub $0,1
sub $0,1
add $0,4
add $2,1
sub $0,1
add $2,1
gcd $1,$0
div $0,2
fac $2,$1
mul $0,$2
div $0,3
