; A063159: Dimension of the space of weight 2n cusp forms for Gamma_0( 91 ).
; 7,26,46,62,82,102,118,138,158,174,194,214,230,250,270,286,306,326,342,362,382,398,418,438,454,474,494,510,530,550,566,586,606,622,642,662,678,698,718,734,754,774,790,810,830,846,866,886,902

#offset 1

sub $0,1
sub $0,1
add $0,1
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
add $0,5
sub $0,4
div $0,3
add $0,1
mul $0,6
add $0,$0
sub $0,13
div $0,6
add $0,2
add $0,2
sub $0,2
add $0,3
sub $0,5
add $0,7
