; A096221: a(n) is the number of distances used by minimal prime-complete rulers for the first n primes.
; 1,2,3,5,7,10,13,15,18

sub $0,1
add $0,1
sub $0,1
add $0,1
sub $0,1
add $0,1
pow $0,5
nrt $0,4
mul $0,8
div $0,6
add $0,1
