; A140955: Even integers that do not have at least two partitions into 2 distinct primes.
; Formula: a(n) = 2*(n-1+11*binomial(n-1,8))
; 0,2,4,6,8,10,12,14,38

#offset 1

sub $0,1
mov $1,$0
bin $1,8
mul $1,11
add $0,$1
mul $0,2
