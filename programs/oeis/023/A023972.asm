; A023972: First bit in fractional part of binary expansion of 5th root of n.
; 0,0,0,0,0,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0

#offset 1

sub $0,1
sub $0,1
sub $0,1
add $0,1
gcd $2,1
lpb $0
  div $0,2
  add $2,$3
  sub $0,1
  sub $3,1
  add $2,2
lpe
div $2,4
mov $0,$2
