; A379952: a(n) = 1 if n is an odd number or a perfect square, otherwise 0.
; 1,1,0,1,1,1,0,1,0,1,0,1,0,1,0,1,1,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,1,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,1,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1

sub $0,1
add $0,1
lpb $0
  sub $0,1
  lpb $0
    sub $0,$1
    sub $0,1
    sub $0,$1
    sub $1,-1
  lpe
  sub $0,$1
  sub $0,$1
  sub $0,1
  add $0,1
lpe
mul $0,-2
sub $0,5
div $0,2
sub $0,-1
add $0,1
add $0,1
mod $0,2
lpb $0
  sub $0,1
lpe
add $0,2
mod $0,2
mul $0,-1
add $0,1
