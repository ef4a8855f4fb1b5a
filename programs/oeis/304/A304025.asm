; A304025: a(n) is the largest integer that can be written with n digits in base 3/2.
; 2,5,8,14,23,35,53,80,122,185,278,419,629,944,1418,2129,3194,4793,7190,10787,16181,24272,36410,54617,81926,122891,184337,276506,414761,622142,933215,1399823,2099735,3149603,4724405,7086608,10629914

#offset 1

sub $0,1
add $0,1
sub $0,1
add $0,1
sub $0,1
mov $4,$0
sub $0,1
sub $0,1
add $0,1
add $0,-1
sub $0,3
add $0,1
add $0,3
sub $3,3
mov $1,$0
lpb $1
  mul $3,3
  sub $1,1
  div $3,2
lpe
mul $3,3
mov $0,$3
div $0,-3
mul $0,-2
add $0,4
mul $0,3
div $0,-6
mov $5,$4
equ $5,0
mul $5,-1
add $0,$5
mul $0,3
add $0,2
