; A195944: Numbers k such that 13^k has no zero in its decimal expansion.
; 0,1,2,3,4,5,7,10,14

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
