; A049499: A finite sequence of primes: the primes 671353+4^k for k=1, 2, 3, 4, 5, 6, 7, 8, 9.
; 671357,671369,671417,671609,672377,675449,687737,736889,933497

#offset 1

sub $0,1
add $3,3
lpb $0
  sub $0,1
  add $3,$3
lpe
mov $0,$3
pow $0,2
mul $0,3
div $0,81
mul $0,12
add $0,671357
