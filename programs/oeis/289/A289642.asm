; A289642: Number of 2-digit numbers whose digits add up to n.
; 1,2,3,4,5,6,7,8,9,9,8,7,6,5,4,3,2,1

#offset 1

sub $0,1
sub $0,9
add $0,1
add $0,$0
sub $0,1
gcd $2,$0
mov $0,$2
sub $0,17
div $0,-2
add $0,1
