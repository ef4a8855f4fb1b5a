; A057224: Numbers k such that (Product of first k Mersenne prime exponents) + 1 is prime.
; 1,2,3,4,5,6,13,17

#offset 1

sub $0,1
mov $1,$0
lpb $1
  sub $1,6
  add $0,$1
  mul $0,2
lpe
add $0,1
