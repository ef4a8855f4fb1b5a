; A057224: Numbers k such that (Product of first k Mersenne prime exponents) + 1 is prime.
; 1,2,3,4,5,6,13,17

#offset 1

sub $0,1
sub $0,2
add $0,1
add $0,$0
sub $0,-1
sub $0,1
add $0,3
sub $0,1
mov $3,$0
lpb $3
  sub $3,12
  add $0,$3
  add $0,$0
lpe
mul $0,242
div $0,242
mul $0,4
add $0,1
sub $0,11
div $0,2
add $0,1
sub $0,-4
div $0,2
sub $0,2
div $0,2
sub $0,1
sub $0,-2
add $0,1
