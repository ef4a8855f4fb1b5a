; A072249: Related to lollipop graphs.
; 5,7,11,17,21,27,35,41

#offset 3

sub $0,3
sub $0,-2
add $0,3
sub $0,1
mov $3,$0
mov $2,$3
dif $2,$0
lpb $3
  sub $3,1
  add $2,1
lpe
mul $0,$2
div $0,-1
sub $0,2
div $0,2
sub $0,16
div $0,3
mul $0,8
add $0,68
sub $0,-60
div $0,-4
add $0,1
sub $0,-13
add $0,5
