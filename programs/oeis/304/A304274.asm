; A304274: The concatenation of the first n elements is the largest positive even number with n digits when written in base 3/2.
; 2,1,2,2,1,1,1,2,2,1,2,1,1,2,2,1,2,1,2,1,1,2,2,1,2,1,1,2,1,2,1,1,1,1,1,2,2,1,2,1,1,1,1,1,1,1,2,1,2,2,2,2,2,1,1,2,2,1,2,1,2,2,1,2,1,2,1,1,2,1,1,2,2,2,2,1,2,2,1,2

#offset 1

sub $0,1
sub $0,1
sub $0,1
add $0,1
sub $0,3
add $0,1
add $0,3
sub $3,3
mov $1,$0
lpb $1
  mul $3,3
  sub $1,1
  div $3,2
lpe
mov $0,$3
gcd $0,-3
mul $0,-2
add $0,2
sub $0,4
div $0,2
add $0,1
sub $0,-3
div $0,-2
add $0,2
