; A037508: Base 7 digits are, in order, the first n terms of the periodic sequence with initial period 1,2,0.
; 1,9,63,442,3096,21672,151705,1061937,7433559,52034914,364244400,2549710800,17847975601,124935829209,874550804463,6121855631242,42852989418696,299970925930872,2099796481516105

#offset 1

sub $0,1
mov $3,$0
sub $0,1
max $0,0
sub $0,1
mov $1,$0
sub $2,1
add $1,4
lpb $1
  mul $2,7
  sub $1,1
lpe
mov $0,$2
div $0,-38
mov $4,$3
equ $4,0
mul $4,-8
add $0,$4
