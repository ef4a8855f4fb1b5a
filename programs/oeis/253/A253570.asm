; A253570: Maximum number of circles of radius 1 that can be packed into a regular n-gon with side length 2 (conjectured).
; 0,1,1,1,3,4,5,7,8,9

#offset 3

sub $0,3
sub $0,2
sub $0,1
mov $2,$0
lpb $2
  add $0,$0
  lpb $2
    sub $2,1
  lpe
lpe
mul $0,2
sub $0,-2
div $0,3
add $0,7
sub $0,5
add $0,1
sub $0,2
