; A118828: Numerators of the convergents of the 2-adic continued fraction of zero given by A118827.
; 1,-1,0,-1,-1,1,0,1,1,-1,0,-1,-1,1,0,1,1,-1,0,-1,-1,1,0,1,1,-1,0,-1,-1,1,0,1,1,-1,0,-1,-1,1,0,1,1,-1,0,-1,-1,1,0,1,1,-1,0,-1,-1,1,0,1,1,-1,0,-1,-1,1,0,1,1,-1,0,-1,-1,1,0,1,1,-1,0,-1,-1,1,0,1

#offset 1

sub $0,1
sub $1,5
lpb $0
  sub $0,1
  mul $2,-1
  add $2,$1
  add $1,$2
lpe
sub $0,$1
sub $0,-5
div $0,-5
mod $0,3
mul $0,3
add $0,3
sub $0,-3
div $0,-3
add $0,1
