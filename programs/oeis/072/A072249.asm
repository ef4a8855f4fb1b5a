; A072249: Related to lollipop graphs.
; 5,7,11,17,21,27,35,41

#offset 3

sub $0,3
sub $0,1
add $0,2
add $0,1
sub $3,1
mov $2,$0
lpb $2
  sub $2,1
  add $3,3
  add $3,$2
lpe
div $3,3
mov $0,$3
sub $0,2
mul $0,2
add $0,5
