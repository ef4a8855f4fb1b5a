; A063093: Dimension of the space of weight 2n cusp forms for Gamma_0( 25 ).
; 0,5,9,15,19,25,29,35,39,45,49,55,59,65,69,75,79,85,89,95,99,105,109,115,119,125,129,135,139,145,149,155,159,165,169,175,179,185,189,195,199,205,209,215,219,225,229,235,239,245

#offset 1

sub $0,1
add $0,1
sub $0,1
mov $4,$0
sub $0,1
sub $0,1
add $0,3
sub $0,1
mov $3,$0
mov $2,$3
lpb $3
  sub $3,1
  add $2,3
lpe
div $0,-1
add $0,1
sub $0,2
div $0,2
mul $0,2
sub $0,13
sub $2,$0
mov $0,$2
mov $5,$4
equ $5,0
add $0,$5
sub $0,-1
mul $0,12
add $0,16
sub $0,-8
div $0,6
add $0,3
sub $0,37
div $0,2
