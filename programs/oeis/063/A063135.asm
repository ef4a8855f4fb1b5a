; A063135: Dimension of the space of weight 2n cusp forms for Gamma_0( 67 ).
; 5,16,28,38,50,62,72,84,96,106,118,130,140,152,164,174,186,198,208,220,232,242,254,266,276,288,300,310,322,334,344,356,368,378,390,402,412,424,436,446,458,470,480,492,504,514,526,538,548,560

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
  add $0,4
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
