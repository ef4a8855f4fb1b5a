; A136480: Number of trailing equal digits in binary representation of n.
; Formula: a(n) = logint(gcd(truncate((n-1)/2)+1,32),2)+1
; 1,1,1,2,2,1,1,3,3,1,1,2,2,1,1,4,4,1,1,2,2,1,1,3,3,1,1,2,2,1,1,5,5,1,1,2,2,1,1,3,3,1,1,2,2,1,1,4,4,1,1,2,2,1,1,3,3,1,1,2,2,1,1,6,6,1,1,2,2,1,1,3,3,1,1,2,2,1,1,4

sub $0,1
div $0,2
add $0,1
gcd $0,32
log $0,2
add $0,1
