; A333841: Integers n such that n! = x^2 + y^3 + z^4 where x, y and z are nonnegative integers, is soluble.
; 0,1,2,3,4,6,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24

#offset 1

sub $0,1
sub $0,1
sub $0,1
sub $0,1
sub $0,1
sub $0,1
add $0,1
div $0,-1
sub $0,1
sub $0,1
sub $0,1
sub $0,-1
add $0,1
add $0,6
mov $1,$0
lpb $1
  sub $1,6
  add $0,3
  sub $0,1
lpe
sub $0,7
add $0,3
sub $0,-3
mul $0,4
lpb $1
  sub $1,1
  add $0,$1
lpe
div $0,4
mul $0,18
add $0,3
sub $0,21
div $0,18
sub $0,1
add $0,2
sub $0,3
sub $0,4
add $0,1
sub $0,-4
sub $0,-1
sub $0,9
div $0,-1
