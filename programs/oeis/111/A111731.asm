; A111731: Minimal size of a complete cap in (Z/nZ)^2.
; 4,4,4,5,4,6,4,4,4

#offset 2

sub $0,2
sub $0,1
mov $2,$0
sub $2,2
add $1,-1
lpb $0
  mov $0,$1
  div $0,-1
  add $0,1
  bin $0,$2
  gcd $0,2
  mul $0,2
  add $0,1
  sub $0,5
lpe
div $0,2
mul $0,-1
add $0,1
sub $0,1
div $0,-1
add $0,4
