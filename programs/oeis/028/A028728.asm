; A028728: Nonsquares mod 15.
; 2,3,5,7,8,11,12,13,14

#offset 1

sub $0,1
sub $0,1
sub $0,1
mov $4,$0
sub $0,1
add $0,1
add $3,1
add $0,1
lpb $0
  div $0,2
  add $3,$3
lpe
mov $0,$3
div $0,2
add $0,1
add $0,$4
sub $0,2
mul $0,2
add $0,6
sub $0,2
add $0,3
div $0,2
add $0,2
