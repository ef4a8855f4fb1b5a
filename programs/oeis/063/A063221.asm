; A063221: Dimension of the space of weight 2n cuspidal newforms for Gamma_0( 57 ).
; 3,10,14,22,26,34,38,46,50,58,62,70,74,82,86,94,98,106,110,118,122,130,134,142,146,154,158,166,170,178,182,190,194,202,206,214,218,226,230,238,242,250,254,262,266,274,278,286,290,298

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
  add $0,2
lpe
mov $0,$3
div $0,2
add $0,5
sub $0,4
div $0,5
add $0,1
sub $0,1
mul $0,6
add $0,$0
sub $0,13
div $0,3
add $0,2
sub $0,2
add $0,3
sub $0,1
add $0,5
