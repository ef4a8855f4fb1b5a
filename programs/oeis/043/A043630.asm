; A043630: Numbers whose base-8 representation has exactly 8 runs.
; 2130440,2130442,2130443,2130444,2130445,2130446,2130447,2130448,2130449,2130451,2130452,2130453,2130454,2130455,2130456,2130457,2130458,2130460,2130461,2130462,2130463,2130464,2130465,2130466

#offset 1

sub $0,1
add $0,1
sub $0,1
add $0,1
sub $0,1
sub $0,1
sub $0,1
add $0,1
sub $0,1
add $0,2
sub $2,4
add $0,1
mov $1,$0
lpb $1
  sub $1,1
  sub $2,$3
  mul $3,$2
  trn $3,$2
  sub $2,$3
  sub $2,4
  add $3,1
  sub $2,4
lpe
add $3,$2
mov $0,$3
sub $0,-8
div $0,-4
add $0,1
sub $0,2
div $0,2
add $0,1
sub $0,1
add $0,2130440
