; A248380: a(n) = 1 if first player in Sylver coinage game can force a win by choosing n as the first number, otherwise a(n) = 2.
; 2,2,2,2,1,2,1,2,2,2,1,2,1,2,2

#offset 1

sub $0,1
sub $0,1
add $0,1
max $3,1
lpb $0
  sub $0,1
  mul $3,10
lpe
mov $0,$3
div $0,7
mod $0,10
div $0,7
mul $0,-1
add $0,2
