; A373598: a(n) = 1 if n and A327860(n) are both multiples of 3, where A327860 is the arithmetic derivative of the primorial base exp-function.
; 1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0

sub $0,-1
add $0,1
sub $1,2
add $2,$1
lpb $0
  sub $0,3
  sub $2,$1
  add $1,$2
  sub $1,4
lpe
div $0,$1
sub $0,-2
div $0,-2
add $0,1
