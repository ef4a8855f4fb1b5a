; A349673: a(n) is the smallest positive integer m such that the set of numbers {f(k) : 1 <= k <= n} are pairwise distinct modulo m for f(x)=x^3+x.
; 1,3,3,9,9,9,9,9,9,27,27,27,27,27,27,27,27,27,27,27,27,27,27,27,27,27,27,81,81,81,81,81,81,81,81,81,81,81,81,81,81,81,81,81,81,81,81,81,81,81,81,81,81,81,81,81,81,81,81,81,81,81,81,81,81,81,81,81,81,81,81,81,81,81,81,81,81,81,81,81

#offset 1

sub $0,1
add $0,1
sub $0,1
mov $1,$0
add $3,1
lpb $1
  mul $3,3
  sub $3,3
  div $1,3
lpe
mov $0,$3
sub $0,1
mul $0,-2
add $0,1
