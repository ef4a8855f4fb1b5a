; A176268: Primes of a Generalized Cunningham chain of length 9 by the function f(p) = 2 * p + 13.
; 3467,6947,13907,27827,55667,111347,222707,445427,890867

#offset 1

sub $0,1
add $3,3
lpb $0
  sub $0,1
  add $3,$3
lpe
mov $0,$3
sub $0,3
mul $0,1160
add $0,3467
