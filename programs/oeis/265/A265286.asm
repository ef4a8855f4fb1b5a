; A265286: Minimal number of pieces of a cake such that they can be distributed equally among k guests for any k=1,2,...,n.
; 1,2,4,6,9,11,14,16,19

#offset 1

sub $0,1
mov $3,$0
sub $0,1
max $0,0
add $0,1
add $0,$0
sub $0,1
sub $1,1
add $2,$1
lpb $0
  sub $0,1
  add $1,$2
  sub $1,4
lpe
mov $0,$1
sub $0,-16
div $0,-4
add $0,4
mov $4,$3
equ $4,0
mul $4,-1
add $0,$4
