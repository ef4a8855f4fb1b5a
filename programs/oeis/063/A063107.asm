; A063107: Dimension of the space of weight 2n cusp forms for Gamma_0( 39 ).
; 3,12,22,30,40,50,58,68,78,86,96,106,114,124,134,142,152,162,170,180,190,198,208,218,226,236,246,254,264,274,282,292,302,310,320,330,338,348,358,366,376,386,394,404,414,422,432,442,450,460

#offset 1

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
