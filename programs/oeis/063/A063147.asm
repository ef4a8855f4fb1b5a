; A063147: Dimension of the space of weight 2n cusp forms for Gamma_0( 79 ).
; 6,19,33,45,59,73,85,99,113,125,139,153,165,179,193,205,219,233,245,259,273,285,299,313,325,339,353,365,379,393,405,419,433,445,459,473,485,499,513,525,539,553,565,579,593,605,619,633,645,659

#offset 1

sub $0,1
add $0,1
sub $0,1
add $0,1
sub $0,1
sub $0,1
sub $0,1
sub $0,1
sub $0,-3
add $0,1
mov $1,$0
mul $0,2
div $0,3
lpb $1
  mov $3,$0
  add $0,1
  sub $1,1
  mul $3,6
  add $0,5
lpe
mov $0,$3
div $0,2
add $0,5
div $0,3
add $0,1
sub $0,1
mul $0,6
add $0,$0
sub $0,13
div $0,6
add $0,2
add $0,2
sub $0,2
add $0,3
sub $0,5
add $0,6
