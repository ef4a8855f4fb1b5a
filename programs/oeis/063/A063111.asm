; A063111: Dimension of the space of weight 2n cusp forms for Gamma_0( 43 ).
; 3,10,18,24,32,40,46,54,62,68,76,84,90,98,106,112,120,128,134,142,150,156,164,172,178,186,194,200,208,216,222,230,238,244,252,260,266,274,282,288,296,304,310,318,326,332,340,348,354,362

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
div $0,6
add $0,2
add $0,2
sub $0,2
add $0,3
