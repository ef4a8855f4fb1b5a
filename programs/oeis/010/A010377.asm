; A010377: Squares mod 14.
; 0,1,2,4,7,8,9,11

#offset 1

sub $0,1
sub $0,2
add $0,1
add $0,1
sub $0,1
add $0,1
mov $2,$0
lpb $2
  sub $2,1
  add $3,$0
  mov $0,$2
  lpb $0
    sub $0,4
  lpe
lpe
mov $0,$3
mul $0,4
add $0,4
div $0,6
sub $0,1
mul $0,2
add $0,1
sub $0,-1
div $0,2
