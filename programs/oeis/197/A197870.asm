; A197870: Expansion of false theta series variation of Ramanujan theta function psi(x).
; 1,-1,0,1,0,0,-1,0,0,0,1,0,0,0,0,-1,0,0,0,0,0,1,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,1,0

add $0,1
sub $0,1
lpb $0
  sub $0,1
  sub $0,$1
  sub $1,-1
lpe
add $0,-1
bin $0,$1
sub $0,2
sub $0,1
add $0,1
sub $0,-1
add $0,1
