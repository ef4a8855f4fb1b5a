; A028731: Nonsquares mod 18.
; 2,3,5,6,8,11,12,14,15,17

#offset 1

sub $0,1
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
add $0,3
sub $0,-3
mul $0,6
sub $0,21
div $0,4
mul $0,18
add $0,3
sub $0,21
div $0,18
sub $0,1
add $0,2
