; A037491: Base 6 digits are, in order, the first n terms of the periodic sequence with initial period 2,1.
; 2,13,80,481,2888,17329,103976,623857,3743144,22458865,134753192,808519153,4851114920,29106689521,174640137128,1047840822769,6287044936616,37722269619697,226333617718184,1358001706309105

#offset 1

sub $0,1
sub $0,1
sub $2,1
sub $0,1
add $0,3
sub $1,5
sub $0,-1
lpb $0
  sub $0,1
  sub $2,$1
  mul $2,-3
  add $1,$2
  add $1,$1
lpe
mov $0,$2
div $0,-15
sub $0,4
div $0,2
add $0,2
