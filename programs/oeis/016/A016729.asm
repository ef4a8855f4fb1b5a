; A016729: Highest minimal Hamming distance of any Type 4^H+ Hermitian additive self-dual code over GF(4) of length n.
; 1,2,2,2,3,4,3,4,4,4,5,6,5,6,6,6,7,8,7,8,8,8

#offset 1

sub $0,1
sub $0,1
sub $0,1
sub $0,-1
sub $0,1
add $0,4
lpb $0
  add $2,$3
  add $2,-1
  sub $0,1
  sub $3,$2
  add $2,2
  add $1,-1
lpe
add $1,-1
mov $0,$1
sub $0,1
sub $0,1
div $0,3
add $0,-1
sub $0,-1
sub $0,1
sub $0,1
lpb $3
  sub $3,1
  add $0,-1
lpe
sub $0,-3
div $0,-1
add $0,3
sub $0,4
add $0,1
add $0,1
