; A244919: For odd prime p, largest k such that binomial(2p-1, p-1) is congruent to 1 modulo p^k.
; 2,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3

#offset 2

sub $0,2
add $0,1
add $0,1
lpb $0
  mov $0,3
lpe
