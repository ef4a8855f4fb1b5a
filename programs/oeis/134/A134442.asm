; A134442: Last two digits of primes of form 4n+3 (A002145). Leading 0's omitted.
; Formula: a(n) = 4*A001068(n)-1
; 3,7,11,19,23,27,31,39,43,47,51,59,63,67,71,79,83,87,91,99

#offset 1

seq $0,1068
mul $0,4
sub $0,1
