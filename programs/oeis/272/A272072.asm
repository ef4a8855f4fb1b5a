; A272072: Nonnegative integers n such that 10^n is not of the form x^3 + y^3 + z^3 where x > y > z > 0.
; 0,1,2,3,4,5,7,10

#offset 1

sub $0,1
sub $0,4
mov $3,$0
lpb $3
  sub $3,1
  add $0,$3
lpe
mul $0,201
div $0,201
mul $0,14
sub $0,-56
div $0,14
