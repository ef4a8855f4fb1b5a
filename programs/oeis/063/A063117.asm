; A063117: Dimension of the space of weight 2n cusp forms for Gamma_0( 49 ).
; 1,10,20,28,38,48,56,66,76,84,94,104,112,122,132,140,150,160,168,178,188,196,206,216,224,234,244,252,262,272,280,290,300,308,318,328,336,346,356,364,374,384,392,402,412,420,430,440,448,458

#offset 1

sub $0,1
sub $0,1
add $0,1
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
  sub $1,1
  mul $3,6
  add $0,4
lpe
mov $0,$3
div $0,2
add $0,5
sub $0,4
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
sub $0,3
add $0,1
