; A139544: Numbers which are not the difference of two squares of positive integers.
; 1,2,4,6,10,14,18,22,26,30,34,38,42,46,50,54,58,62,66,70,74,78,82,86,90,94,98,102,106,110,114,118,122,126,130,134,138,142,146,150,154,158,162,166,170,174,178,182,186,190,194,198,202,206,210,214,218,222,226,230

#offset 1

sub $0,1
mov $4,$0
sub $0,1
max $0,0
sub $0,1
sub $0,1
sub $0,1
add $0,1
add $0,3
mov $1,2
sub $3,$1
sub $0,1
lpb $0
  sub $0,1
  add $2,$3
  sub $2,-1
  sub $1,4
  add $3,$1
  mul $1,-1
  sub $3,$1
  add $3,$1
  sub $1,$2
  sub $3,$1
  div $3,2
lpe
add $0,$1
sub $0,2
add $0,$1
mov $5,$4
equ $5,0
mul $5,-1
add $0,$5
