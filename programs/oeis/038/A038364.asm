; A038364: Numbers n such that n = (product of digits of n) + (sum of digits of n).
; 0,19,29,39,49,59,69,79,89,99

#offset 1

sub $0,1
sub $0,1
add $0,1
add $2,1
sub $0,1
add $0,1
sub $0,1
add $0,1
add $2,$0
lpb $0
  sub $0,$0
  mul $2,10
lpe
mov $0,$2
sub $0,1
