; A168677: Lexicographically earliest positive integer sequence such that no sum of consecutive terms is a positive power of 4.
; 1,1,1,5,1,1,1,9,1,1,1,5,1,1,1,9,1,1,1,5,1,1,1,9,1,1,1,5,1,1,1,9,1,1,1,5,1,1,1,9,1,1,1,5,1,1,1,9,1,1,1,5,1,1,1,9,1,1,1,5,1,1,1,9,1,1,1,5,1,1,1,9,1,1,1,5,1,1,1,9

#offset 1

sub $0,1
add $0,1
sub $0,1
sub $0,1
add $0,1
add $2,1
add $0,1
add $0,1
sub $0,1
sub $0,1
add $0,2
lpb $0
  sub $0,1
  mul $1,3
  add $1,$2
  mul $2,10
  add $1,$2
  div $1,2
  div $1,3
  div $1,11
lpe
div $1,5
mov $0,$1
div $0,22
mod $0,10
div $0,-1
div $0,-1
div $0,-1
div $0,-3
mul $0,4
add $0,1
