; A304274: The concatenation of the first n elements is the largest positive even number with n digits when written in base 3/2.
; 2,1,2,2,1,1,1,2,2,1,2,1,1,2,2,1,2,1,2,1,1,2,2,1,2,1,1,2,1,2,1,1,1,1,1,2,2,1,2,1,1,1,1,1,1,1,2,1,2,2,2,2,2,1,1,2,2,1,2,1,2,2,1,2,1,2,1,1,2,1,1,2,2,2,2,1,2,2,1,2

#offset 1

sub $0,1
sub $0,1
sub $0,-1
add $0,1
lpb $0
  sub $0,1
  mov $2,$3
  add $2,$1
  div $1,-2
  sub $3,$1
  add $1,$2
  sub $1,1
lpe
mov $0,$3
sub $0,1
sub $0,-1
add $0,1
sub $0,$1
mul $0,4
div $0,4
add $0,3
sub $0,3
add $0,1
sub $0,3
mul $0,-1
add $0,2
