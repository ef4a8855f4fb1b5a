; A384342: Largest minimum height of the irreducible factors of a degree-n polynomial of height 1.
; Formula: a(n) = truncate((n-6+gcd(n,4))/9)+1
; 1,1,1,1,1,1,1,1,1,1,1,2,1,2,2,2,2,2,2,3

#offset 1

mov $1,$0
gcd $1,4
sub $0,6
add $0,$1
div $0,9
add $0,1
