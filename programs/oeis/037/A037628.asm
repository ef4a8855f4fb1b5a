; A037628: Base 7 digits are, in order, the first n terms of the periodic sequence with initial period 2,3,0.
; 2,17,119,835,5848,40936,286554,2005881,14041167,98288171,688017200,4816120400,33712842802,235989899617,1651929297319,11563505081235,80944535568648,566611748980536,3966282242863754

#offset 1

sub $0,1
add $0,1
sub $0,1
add $0,1
sub $0,1
sub $0,1
add $0,3
mov $1,$0
lpb $1
  add $3,2
  sub $1,1
  mul $3,7
  add $3,3
lpe
add $0,$3
div $0,57
add $0,-1
sub $0,1
add $0,2
