; A063195: Dimension of the space of weight 2n cuspidal newforms for Gamma_0( 6 ).
; 0,1,1,1,1,3,1,3,3,3,3,5,3,5,5,5,5,7,5,7,7,7,7,9,7,9,9,9,9,11,9,11,11,11,11,13,11,13,13,13,13,15,13,15,15,15,15,17,15,17,17,17,17,19,17,19,19,19,19,21,19,21,21,21,21,23,21,23,23,23,23,25,23,25,25,25,25,27,25,27

#offset 1

sub $0,1
add $0,1
sub $0,1
mov $6,$0
sub $0,1
add $0,1
add $0,1
sub $0,1
sub $1,1
sub $0,1
add $0,3
add $0,$0
add $0,1
lpb $0
  add $2,2
  add $2,$3
  sub $0,1
  lpb $4
    sub $4,1
    sub $0,1
  lpe
  sub $4,$1
  sub $5,1
  sub $3,$2
  mov $2,$1
  add $2,$4
  sub $3,$1
  add $1,$3
lpe
add $0,$5
sub $0,-2
div $0,-1
div $0,4
add $0,1
sub $0,1
mul $0,2
add $0,1
mov $7,$6
equ $7,0
mul $7,-1
add $0,$7
