; A085820: Possible two-digit endings of primes (with leading zeros).
; Formula: a(n) = 2*A001068(n+1)-3
; 1,3,7,9,11,13,17,19,21,23,27,29,31,33,37,39,41,43,47,49,51,53,57,59,61,63,67,69,71,73,77,79,81,83,87,89,91,93,97,99

#offset 1

add $0,1
seq $0,1068
mul $0,2
sub $0,3
