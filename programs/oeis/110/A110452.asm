; A110452: Product of all k-digit numbers starting from n where k is the number of digits in n. a(n) = n*(n+1)*...*(10^k-1), where k is the number of digits in n.
; Formula: a(n) = lodafac(n,10-n)
; 362880,362880,181440,60480,15120,3024,504,72,9

#offset 1

mov $1,10
sub $1,$0
fac $0,$1
