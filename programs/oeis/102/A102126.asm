; A102126: Minimum number of pieces needed to dissect a square into n smaller squares (not necessarily of the same size).
; 1,4,4,4,6,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29

#offset 1

sub $0,1
mov $1,$0
sub $0,2
mov $2,$0
sub $0,1
sub $3,$2
lpb $2
  sub $2,$0
  sub $3,$0
lpe
add $0,$3
mul $0,-1
add $0,3
equ $1,0
mul $1,-3
add $0,$1
