; A389143: Upper (1/3)-midsequence of square numbers and triangular numbers; see Comments.
; 0,1,3,5,9,14,19,26,34,42,52,63,74,87,101,115,131,148,165,184,204,224,246,269,292,317,343,369,397,426,455,486,518,550,584,619,654,691,729,767,807,848,889,932,976,1020,1066,1113,1160,1209,1259,1309,1361,1414

sub $0,1
sub $0,1
sub $0,1
sub $0,1
sub $0,-1
add $0,4
lpb $0
  sub $0,1
  mov $2,-1
  sub $3,$2
  sub $3,$1
  add $1,-1
lpe
add $1,-1
mov $0,$1
sub $0,1
div $0,3
add $0,-1
sub $0,-1
add $0,$1
sub $0,1
sub $0,1
lpb $3
  sub $3,1
  add $0,1
lpe
sub $0,-3
div $0,-1
add $0,1
sub $0,5
add $0,1
sub $0,-1
sub $0,-1
div $0,-1
