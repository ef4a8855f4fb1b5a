; A176268: Primes of a Generalized Cunningham chain of length 9 by the function f(p) = 2 * p + 13.
; Formula: a(n) = 1740*A000079(n)-13
; 3467,6947,13907,27827,55667,111347,222707,445427,890867

#offset 1

seq $0,79
mul $0,1740
sub $0,13
