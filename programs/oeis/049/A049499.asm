; A049499: A finite sequence of primes: the primes 671353+4^k for k=1, 2, 3, 4, 5, 6, 7, 8, 9.
; 671357,671369,671417,671609,672377,675449,687737,736889,933497

#offset 1

sub $0,1
mov $1,$0
sub $2,1
lpb $1
  mul $2,4
  sub $1,1
lpe
mov $0,$2
sub $0,-3
sub $0,2
mul $0,-8
div $0,2
add $0,671357
