; A137976: Fibonacci numbers (A000045) not in A103311.
; 3,13,34,144,377,1597,4181,17711,46368,196418,514229,2178309,5702887,24157817

#offset 1

sub $0,1
mul $0,5
sub $1,5
sub $0,-5
lpb $0
  sub $0,1
  sub $0,1
  mul $2,-1
  add $2,$1
  add $1,$2
lpe
mov $0,$1
sub $0,-15
div $0,-5
add $0,3
