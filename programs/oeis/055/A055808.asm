; A055808: a(n) and floor(a(n)/4) are both squares; i.e., squares that remain squares when written in base 4 and last digit is removed.
; 0,1,4,16,36,64,100,144,196,256,324,400,484,576,676,784,900,1024,1156,1296,1444,1600,1764,1936,2116,2304,2500,2704,2916,3136,3364,3600,3844,4096,4356,4624,4900,5184,5476,5776,6084,6400,6724,7056,7396,7744,8100

mov $4,$0
sub $0,1
sub $0,1
sub $0,1
add $0,2
mul $0,4
sub $0,1
lpb $0
  sub $3,$0
  sub $0,1
  sub $0,1
lpe
mov $0,$3
mul $0,-2
sub $0,6
mul $0,4
add $0,21
add $0,204
sub $0,-36
add $0,97
sub $0,334
div $0,8
add $0,1
mov $5,$4
equ $5,0
mul $5,-1
add $0,$5
