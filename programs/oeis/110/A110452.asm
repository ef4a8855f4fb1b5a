; A110452: Product of all k-digit numbers starting from n where k is the number of digits in n. a(n) = n*(n+1)*...*(10^k-1), where k is the number of digits in n.
; 362880,362880,181440,60480,15120,3024,504,72,9

#offset 1

sub $0,1
sub $0,1
sub $0,6
add $0,-1
sub $0,1
gcd $1,6
sub $1,-3
fac $1,$0
mov $0,$1
