; A333841: Integers n such that n! = x^2 + y^3 + z^4 where x, y and z are nonnegative integers, is soluble.
; 0,1,2,3,4,6,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24

#offset 1

sub $0,1
sub $0,1
add $0,1
sub $0,1
mov $3,$0
lpb $3
  sub $0,1
  sub $3,1
  add $0,2
  sub $3,3
  add $3,$2
  add $2,3
lpe
mul $0,2
add $0,8
sub $0,6
div $0,2
