; A063242: Dimension of the space of weight 2n cuspidal newforms for Gamma_0( 92 ).
; 2,6,8,14,16,20,24,28,30,36,38,42,46,50,52,58,60,64,68,72,74,80,82,86,90,94,96,102,104,108,112,116,118,124,126,130,134,138,140,146,148,152,156,160,162,168,170,174,178,182

#offset 1

sub $0,1
sub $0,1
add $1,3
add $1,2
add $1,$0
add $0,$1
mul $0,4
div $0,6
sub $0,2
mul $0,2
lpb $1
  sub $1,1
  add $0,1
lpe
sub $0,3
div $0,2
mul $0,2
add $0,2
