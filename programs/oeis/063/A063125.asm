; A063125: Dimension of the space of weight 2n cusp forms for Gamma_0( 57 ).
; 5,18,32,44,58,72,84,98,112,124,138,152,164,178,192,204,218,232,244,258,272,284,298,312,324,338,352,364,378,392,404,418,432,444,458,472,484,498,512,524,538,552,564,578,592,604,618,632,644,658

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
