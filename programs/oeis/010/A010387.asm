; A010387: Squares mod 25.
; 0,1,4,6,9,11,14,16,19,21,24

#offset 1

sub $0,1
sub $0,1
mov $4,$0
sub $0,1
add $0,3
mul $0,2
add $0,1
sub $0,1
sub $3,$0
mov $0,$3
lpb $4
  sub $4,1
lpe
sub $0,-1
mul $0,-10
div $0,8
add $0,3
mov $5,$4
equ $5,0
mul $5,-1
add $0,$5
sub $0,4
