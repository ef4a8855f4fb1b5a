; A359613: Greatest k such that a polynomial f(x) with nonnegative integral coefficients with degree at most k is irreducible if f(n) is a prime.
; Formula: a(n) = truncate((sqrtint(2*n-3)+(2*n-3))/2)+(2*n-3)+4
; 6,9,12,15,19,22,25,28,31,34,37,40,44,47,50,53,56,59,62

#offset 2

mul $0,2
sub $0,3
mov $1,$0
nrt $0,2
add $0,$1
div $0,2
add $0,$1
add $0,4
