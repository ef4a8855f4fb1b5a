; A063198: Dimension of the space of weight 2n cuspidal newforms for Gamma_0( 10 ).
; 0,1,3,1,3,5,3,5,7,5,7,9,7,9,11,9,11,13,11,13,15,13,15,17,15,17,19,17,19,21,19,21,23,21,23,25,23,25,27,25,27,29,27,29,31,29,31,33,31,33,35,33,35,37,35,37,39,37,39,41,39,41,43,41,43,45,43,45,47,45,47,49,47,49,51,49,51,53,51,53

#offset 1

sub $0,1
mov $6,$0
sub $0,1
sub $0,1
add $0,1
add $0,1
sub $0,1
sub $0,1
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
add $0,1
div $0,2
add $0,1
sub $0,1
mul $0,2
add $0,1
mov $7,$6
equ $7,0
mul $7,-1
add $0,$7
