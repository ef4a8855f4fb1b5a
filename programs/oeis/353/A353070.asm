; A353070: Solution to Forest of Numbers (Bosque de Números) puzzle for Transparent Queens starting with numbers 1 and 2 for an n X n square grid (see Comments).
; 3,5,8,10,13,15,17,19

#offset 2

sub $0,2
sub $0,1
add $0,1
sub $0,1
mul $0,2
mov $1,$0
lpb $1
  sub $1,1
  add $1,$3
  add $1,$3
  add $0,1
  sub $3,2
lpe
add $0,2
sub $0,2
mul $0,2
add $0,2
sub $0,-2
div $0,2
add $0,3
