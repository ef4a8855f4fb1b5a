; A159941: Number of trisubstituted linear alkanes of composition C_n H_(2n-1) XYZ.
; 8,32,92,212,416,728,1172,1772,2552,3536,4748,6212,7952,9992,12356,15068,18152,21632,25532,29876,34688,39992,45812,52172,59096,66608,74732,83492,92912,103016,113828,125372,137672

#offset 2

sub $0,2
add $0,1
sub $0,1
add $0,1
mov $2,$0
lpb $2
  sub $2,1
  add $3,1
  sub $1,$3
  add $3,-1
  add $3,$2
lpe
mov $0,$1
div $0,-1
add $0,1
sub $0,2
mul $0,12
add $0,8
