; A084690: 4^n uses only distinct decimal digits.
; 0,1,2,3,4,5,6,7,10

#offset 1

sub $0,1
sub $0,6
mov $2,$0
lpb $2
  mov $2,1
  add $0,$0
lpe
mul $0,32
add $0,1
sub $0,-191
div $0,32
