; A063097: Dimension of the space of weight 2n cusp forms for Gamma_0( 29 ).
; 2,7,11,17,21,27,31,37,41,47,51,57,61,67,71,77,81,87,91,97,101,107,111,117,121,127,131,137,141,147,151,157,161,167,171,177,181,187,191,197,201,207,211,217,221,227,231,237,241,247

#offset 1

sub $0,1
sub $0,1
add $0,1
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
add $0,2
