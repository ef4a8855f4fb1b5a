; A063221: Dimension of the space of weight 2n cuspidal newforms for Gamma_0( 57 ).
; 3,10,14,22,26,34,38,46,50,58,62,70,74,82,86,94,98,106,110,118,122,130,134,142,146,154,158,166,170,178,182,190,194,202,206,214,218,226,230,238,242,250,254,262,266,274,278,286,290,298

#offset 1

sub $0,1
sub $0,1
add $0,1
add $0,1
mul $0,3
sub $0,3
add $0,1
mov $1,$0
mov $2,2
lpb $1
  sub $1,1
  add $2,2
  add $1,-1
  mov $3,1
  sub $2,6
  trn $3,$2
lpe
mov $0,$3
add $0,1
sub $0,1
add $0,3
