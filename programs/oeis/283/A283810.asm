; A283810: Numbers of variables for which the Shapiro inequality holds.
; 3,4,5,6,7,8,9,10,11,12,13,15,17,19,21,23

#offset 1

sub $0,1
sub $0,1
sub $0,1
sub $0,8
sub $0,-1
sub $0,1
mov $2,$0
lpb $2
  add $0,$0
  lpb $2
    sub $2,1
  lpe
lpe
mul $0,2
div $0,2
sub $0,-2
add $0,7
sub $0,5
add $0,1
sub $0,-7
add $0,1
