; A137237: Number of non-isomorphic drawings of K_n with minimum crossings.
; 1,1,1,1,1,1,5,3

#offset 1

sub $0,1
sub $0,5
sub $2,5
lpb $0
  sub $0,1
  mul $2,-1
  add $2,$1
  add $1,$2
lpe
mov $0,$2
sub $0,-25
div $0,-5
add $0,1
sub $0,-3
mul $0,-2
add $0,1
