; A105677: Highest minimal Hamming distance of any Type 4^E Euclidean linear self-dual code over GF(4) of length 2n.
; 2,3,3,4,4,6,6,6

#offset 1

sub $0,1
mov $4,$0
sub $0,1
sub $3,1
sub $0,1
add $0,1
add $3,2
lpb $0
  div $0,2
  add $3,$3
lpe
mov $0,$3
sub $0,2
div $0,2
mov $5,$4
equ $5,0
mul $5,-1
add $0,$5
sub $0,1
sub $0,-2
add $0,2
