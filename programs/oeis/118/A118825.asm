; A118825: Numerators of the convergents of the 2-adic continued fraction of zero given by A118824.
; -2,-1,0,-1,2,1,0,1,-2,-1,0,-1,2,1,0,1,-2,-1,0,-1,2,1,0,1,-2,-1,0,-1,2,1,0,1,-2,-1,0,-1,2,1,0,1,-2,-1,0,-1,2,1,0,1,-2,-1,0,-1,2,1,0,1,-2,-1,0,-1,2,1,0,1,-2,-1,0,-1,2,1,0,1,-2,-1,0,-1,2,1

#offset 1

sub $0,1
sub $0,1
sub $4,1
add $0,1
add $0,1
sub $0,-1
add $0,$0
lpb $0
  sub $3,2
  add $1,$4
  add $2,1
  add $2,$3
  sub $4,$1
  sub $0,1
  sub $0,1
  sub $4,$1
  sub $3,$2
  sub $4,2
  sub $2,$1
  add $2,$3
  add $2,2
  add $2,$1
  add $1,$3
  add $2,$4
lpe
mov $0,$2
sub $0,2
div $0,-1
add $0,-2
