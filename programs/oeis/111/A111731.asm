; A111731: Minimal size of a complete cap in (Z/nZ)^2.
; 4,4,4,5,4,6,4,4,4

#offset 2

sub $0,2
sub $0,-4
add $0,2
mov $2,$0
sub $0,2
lpb $2
  sub $2,2
  add $3,$2
  add $3,$0
lpe
mov $0,$3
mul $0,2
mod $0,3
sub $0,2
mul $0,-3
add $0,6
sub $0,4
div $0,3
add $0,1
sub $0,3
div $0,-1
add $0,4
