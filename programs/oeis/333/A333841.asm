; A333841: Integers n such that n! = x^2 + y^3 + z^4 where x, y and z are nonnegative integers, is soluble.
; 0,1,2,3,4,6,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24

#offset 1

sub $0,3
mov $1,-3
mov $2,$0
lpb $2
  add $2,$1
  add $0,1
  add $1,2
lpe
add $0,2
