; A038364: Numbers n such that n = (product of digits of n) + (sum of digits of n).
; 0,19,29,39,49,59,69,79,89,99

#offset 1

sub $0,1
add $0,2
sub $0,1
mov $3,$0
lpb $0
  mov $0,1
  mul $3,10
lpe
mov $0,$3
sub $0,1
