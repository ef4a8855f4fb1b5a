; A105677: Highest minimal Hamming distance of any Type 4^E Euclidean linear self-dual code over GF(4) of length 2n.
; 2,3,3,4,4,6,6,6

#offset 1

sub $0,1
sub $0,1
sub $0,1
add $0,$0
add $0,2
add $0,3
lpb $0
  add $2,$3
  add $2,2
  sub $0,1
  sub $0,1
  sub $2,$1
  add $2,-1
  sub $3,$2
  sub $3,$1
  sub $2,$1
  add $2,$3
  add $0,$3
  add $1,$3
lpe
mov $0,$1
div $0,-1
add $0,2
