; A360210: Indices of squares in A068869.
; 1,4,5,6,7,8,9,10,11,13,14,15,16

#offset 1

sub $0,1
mov $2,$0
sub $0,1
max $0,0
sub $0,1
sub $0,2
sub $0,1
sub $0,1
sub $0,-1
add $0,1
add $0,6
sub $0,1
mov $1,$0
lpb $1
  sub $1,5
  add $0,1
lpe
sub $0,7
sub $0,-3
add $0,3
mul $0,4
add $0,1
sub $0,21
div $0,4
mul $0,18
add $0,3
div $0,18
add $0,3
sub $0,-1
mul $0,2
add $0,4
sub $0,-2
div $0,2
mov $3,$2
equ $3,0
mul $3,-3
add $0,$3
