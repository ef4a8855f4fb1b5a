; A248380: a(n) = 1 if first player in Sylver coinage game can force a win by choosing n as the first number, otherwise a(n) = 2.
; 2,2,2,2,1,2,1,2,2,2,1,2,1,2,2

#offset 1

sub $0,1
sub $0,1
sub $0,1
mov $1,$0
lpb $1
  sub $1,1
  add $3,$2
  sub $2,$3
  sub $3,1
  sub $2,1
lpe
mov $0,$3
div $0,2
add $0,1
mul $0,$0
add $0,1
