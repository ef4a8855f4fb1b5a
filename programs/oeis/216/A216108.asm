; A216108: The Wiener index of the ortho-polyphenyl chain with n hexagons (see the Dou et al. and the Deng references).
; 27,198,585,1260,2295,3762,5733,8280,11475,15390,20097,25668,32175,39690,48285,58032,69003,81270,94905,109980,126567,144738,164565,186120,209475,234702,261873,291060,322335,355770

#offset 1

sub $0,1
sub $0,1
sub $0,1
add $3,1
add $0,1
mov $2,$0
add $2,2
add $3,$0
add $2,2
lpb $2
  sub $2,1
  add $3,$0
  sub $1,$3
  add $3,-1
  add $3,$2
  add $3,$0
lpe
mov $0,$1
sub $0,-1
div $0,-1
sub $0,1
add $0,8
sub $0,8
mul $0,4
add $0,12
sub $0,-24
div $0,4
mul $0,9
add $0,27
