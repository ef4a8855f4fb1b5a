; A158894: Sawtooth pattern of one, then two, then three, then four etc. consecutive odd numbers, starting each time at 3.
; 3,3,5,3,5,7,3,5,7,9,3,5,7,9,11,3,5,7,9,11,13,3,5,7,9,11,13,15,3,5,7,9,11,13,15,17,3,5,7,9,11,13,15,17,19,3,5,7,9,11,13,15,17,19,21,3,5,7,9,11,13,15,17,19,21,23,3,5,7,9,11,13,15,17,19

#offset 1

sub $0,1
sub $0,1
sub $0,1
add $0,1
sub $0,-1
lpb $0
  sub $0,1
  sub $0,$1
  sub $1,-1
lpe
add $0,1
sub $0,2
sub $0,1
add $0,1
add $0,1
mul $0,-2
sub $0,2
div $0,-1
sub $0,1
add $0,1
add $0,1
