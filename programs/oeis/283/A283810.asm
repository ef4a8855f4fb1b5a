; A283810: Numbers of variables for which the Shapiro inequality holds.
; 3,4,5,6,7,8,9,10,11,12,13,15,17,19,21,23

#offset 1

sub $0,1
sub $0,1
sub $0,1
sub $0,-1
sub $0,1
sub $0,5
mov $2,$0
mov $3,$0
lpb $2
  sub $2,3
  add $3,$2
  mov $2,2
lpe
add $3,9
mov $0,$3
add $0,10
add $0,2
sub $0,-5
add $0,1
sub $0,18
add $0,1
