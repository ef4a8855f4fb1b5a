; A063218: Dimension of the space of weight 2n cuspidal newforms for Gamma_0( 51 ).
; 3,8,14,18,24,30,34,40,46,50,56,62,66,72,78,82,88,94,98,104,110,114,120,126,130,136,142,146,152,158,162,168,174,178,184,190,194,200,206,210,216,222,226,232,238,242,248,254,258,264

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
add $0,3
