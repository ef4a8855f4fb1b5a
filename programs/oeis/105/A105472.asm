; A105472: Next-to-last digit of n-th Fibonacci number in decimal representation, a(n) = 0 for n <= 6.
; 0,0,0,0,0,0,0,1,2,3,5,8,4,3,7,1,8,9,8,8,6,4,1,5,6,2,9,1,1,2,4,6,0,7,8,6,5,1,6,8,5,4,9,3,3,7,0,7,7,4,2,7,9,7,7,4,1,6,7,4,2,6,8,4,2,6,8,5,4,9,3,2,6,9,5,5,0,5,6,2

sub $0,2
sub $1,5
sub $0,-4
sub $0,2
lpb $0
  sub $0,1
  mul $2,-1
  add $2,$1
  add $1,$2
lpe
mov $0,$2
sub $0,-15
div $0,-5
sub $0,1
mul $0,2
add $0,8
div $0,4
add $0,3
sub $0,3
div $0,5
add $0,1
add $0,-1
mod $0,10
