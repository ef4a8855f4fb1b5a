; A063089: Dimension of the space of weight 2n cusp forms for Gamma_0( 21 ).
; 1,6,12,16,22,28,32,38,44,48,54,60,64,70,76,80,86,92,96,102,108,112,118,124,128,134,140,144,150,156,160,166,172,176,182,188,192,198,204,208,214,220,224,230,236,240,246,252,256,262

#offset 1

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
  sub $1,1
  mul $3,6
  add $0,2
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
add $0,1
