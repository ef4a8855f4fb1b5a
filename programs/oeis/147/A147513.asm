; A147513: Numbers such that the n-th and (n+1)st terms are the successors of prime numbers and primes themselves and n+1 > n.
; 3,5,7,11,13,19,23,31,37,47

#offset 1

sub $0,1
add $3,$0
sub $0,1
add $0,2
mov $2,$0
lpb $2
  sub $2,2
  sub $0,1
  add $3,$2
  add $3,$0
lpe
mov $0,$3
add $0,3
sub $0,3
add $0,2
add $0,3
div $0,3
sub $0,5
add $0,1
sub $0,-3
mul $0,2
add $0,3
