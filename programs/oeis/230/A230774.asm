; A230774: Number of primes less than first prime above square root of n.
; Formula: a(n) = sqrtint(4*max(sqrtint(n-1)-1,0)+1)
; 1,1,1,1,2,2,2,2,2,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5

#offset 1

sub $0,1
nrt $0,2
sub $0,1
max $0,0
mul $0,4
add $0,1
nrt $0,2
