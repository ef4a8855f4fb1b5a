; A124868: Natural numbers that are not the sum of 3 distinct primes.
; Formula: a(n) = n-9+max(0,n-9)+max(max(0,n-9)-2,0)+max(max(0,n-9)-2,0)+9
; 1,2,3,4,5,6,7,8,9,11,13,17

#offset 1

sub $0,9
max $1,$0
add $0,$1
trn $1,2
add $0,$1
add $0,$1
add $0,9
