; A043628: Numbers whose base-8 representation has exactly 6 runs.
; 33288,33290,33291,33292,33293,33294,33295,33296,33297,33299,33300,33301,33302,33303,33304,33305,33306,33308,33309,33310,33311,33312,33313,33314,33315,33317,33318,33319,33320,33321

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
add $0,33288
