; A216038: Number of isomorphism classes of unstretchable simplicial arrangements of n pseudolines in the real projective plane that satisfy Pappus's theorem.
; 0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,1,1,0,0,1,0,0,0,1,0

#offset 2

sub $0,2
mul $0,2
sub $0,-1
mul $0,64
pow $0,5
mul $0,192
mul $0,2
mul $0,9
lpb $0
  div $0,14155776
  add $0,64
  sub $0,262144
lpe
div $0,256
mod $0,2
