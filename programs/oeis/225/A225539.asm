; A225539: Numbers n where 2^n and n have the same digital root.
; 5,16,23,34,41,52,59,70,77,88,95,106,113,124,131,142,149,160,167,178,185,196,203,214,221,232,239,250,257,268,275,286,293,304,311,322,329,340,347,358,365,376,383,394,401,412,419,430,437,448

#offset 1

sub $0,1
sub $0,1
sub $0,1
add $0,1
add $1,$0
sub $0,-1
add $0,1
sub $0,-1
sub $0,1
sub $0,1
add $1,3
sub $0,1
lpb $1
  sub $1,1
  add $0,2
lpe
add $1,$0
add $0,$1
div $0,4
mul $0,4
add $0,$1
sub $0,2
mul $0,2
add $0,1
sub $0,3
mul $0,4
add $0,5
sub $0,21
div $0,8
sub $0,-3
add $0,2
sub $0,18
add $0,4
sub $0,-7
add $0,5
