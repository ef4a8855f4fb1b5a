; A137237: Number of non-isomorphic drawings of K_n with minimum crossings.
; 1,1,1,1,1,1,5,3

#offset 1

sub $0,1
sub $0,4
add $0,-1
pow $2,$2
lpb $0
  sub $0,1
  sub $1,$2
  add $2,$0
  add $3,7
  sub $1,$3
lpe
mov $0,$1
sub $0,-8
div $0,-2
add $0,-5
add $0,10
mod $0,10
