; A092788: USUP perfect numbers.
; 1,1,1,1,1,2,2,1,2,1,2,2,2,2,2,2

#offset 1

sub $0,1
sub $0,1
add $0,$0
sub $0,10
sub $0,-2
add $0,1
lpb $0
  sub $0,1
  sub $0,$1
  sub $1,-1
lpe
bin $0,$1
add $0,1
sub $0,2
equ $3,0
add $0,$3
sub $0,1
div $0,-1
add $0,1
