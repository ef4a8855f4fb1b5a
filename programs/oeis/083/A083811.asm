; A083811: Numbers n such that 2n+1 is the digit reversal of n+1.
; 36,396,3996,39996,399996,3999996,39999996,399999996,3999999996,39999999996,399999999996,3999999999996

#offset 1

sub $0,1
mov $3,1
lpb $0
  sub $0,1
  mul $3,10
lpe
mov $0,$3
sub $0,1
mul $0,40
add $0,36
