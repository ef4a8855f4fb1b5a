; A137976: Fibonacci numbers (A000045) not in A103311.
; 3,13,34,144,377,1597,4181,17711,46368,196418,514229,2178309,5702887,24157817

#offset 1

sub $0,1
min $3,-1
add $0,1
sub $0,1
sub $0,1
sub $2,4
add $2,3
add $0,3
sub $0,1
mov $1,$0
mul $1,5
lpb $1
  sub $1,2
  add $3,$2
  sub $2,$3
  dif $2,-1
lpe
mov $0,$3
sub $0,-3
div $0,-1
add $0,3
