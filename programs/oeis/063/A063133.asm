; A063133: Dimension of the space of weight 2n cusp forms for Gamma_0( 65 ).
; 5,20,32,48,60,76,88,104,116,132,144,160,172,188,200,216,228,244,256,272,284,300,312,328,340,356,368,384,396,412,424,440,452,468,480,496,508,524,536,552,564,580,592,608,620,636,648,664,676,692

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
div $0,4
lpb $1
  mov $3,$0
  sub $1,1
  mul $3,6
  add $0,3
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
div $0,3
add $0,2
add $0,2
sub $0,2
add $0,3
sub $0,1
add $0,5
