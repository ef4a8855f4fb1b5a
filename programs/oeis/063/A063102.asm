; A063102: Dimension of the space of weight 2n cusp forms for Gamma_0( 34 ).
; 3,12,20,30,38,48,56,66,74,84,92,102,110,120,128,138,146,156,164,174,182,192,200,210,218,228,236,246,254,264,272,282,290,300,308,318,326,336,344,354,362,372,380,390,398,408,416,426,434,444

#offset 1

sub $0,1
mov $5,$0
sub $0,1
max $0,0
sub $0,1
add $0,1
add $0,1
sub $0,1
sub $0,1
add $0,1
sub $1,2
sub $0,1
add $0,1
add $0,7
mov $3,$1
sub $0,-1
mov $4,$0
lpb $4
  sub $4,1
  sub $0,1
  sub $0,1
  sub $0,1
  add $0,1
  mod $0,2
  mov $2,$0
  sub $3,10
  add $3,2
  add $3,-1
  add $3,$2
  mov $0,-1
  add $0,3
lpe
mov $0,$3
sub $0,-34
div $0,-1
add $0,3
sub $0,35
add $0,4
mov $6,$5
equ $6,0
mul $6,-9
add $0,$6
