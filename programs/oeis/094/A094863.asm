; A094863: Maximal number of longest common subsequences between any two strings of length n (Version 2).
; 1,2,3,4,7,10,19,28

#offset 1

sub $0,1
sub $0,1
add $0,2
add $0,1
sub $0,1
add $0,1
lpb $0
  sub $0,1
  add $2,$3
  add $2,$1
  mul $1,3
  gcd $1,$2
  bin $3,$1
lpe
mov $0,$2
add $0,1
sub $0,-2
div $0,3
add $0,1
sub $0,2
add $0,1
