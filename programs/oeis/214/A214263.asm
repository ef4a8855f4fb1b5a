; A214263: Expansion of f(x^1, x^7) in powers of x where f() is Ramanujan's general theta function.
; 1,1,0,0,0,0,0,1,0,0,1,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0

sub $0,1
add $0,$0
sub $0,1
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
