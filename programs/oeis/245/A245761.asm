; A245761: Numbers with a maximal multiplicative persistence of 1 in any base.
; 0,1,2,3,4,5,6,7,9,12

#offset 1

sub $0,1
sub $0,7
add $0,1
mov $3,$0
lpb $3
  sub $3,1
  add $0,$3
lpe
mul $0,162
div $0,160
sub $0,1
mul $0,2
add $0,2
sub $0,-12
div $0,2
