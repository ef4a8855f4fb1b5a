; A118822: Numerators of the convergents of the 2-adic continued fraction of zero given by A118821.
; 2,-1,0,-1,-2,1,0,1,2,-1,0,-1,-2,1,0,1,2,-1,0,-1,-2,1,0,1,2,-1,0,-1,-2,1,0,1,2,-1,0,-1,-2,1,0,1,2,-1,0,-1,-2,1,0,1,2,-1,0,-1,-2,1,0,1,2,-1,0,-1,-2,1,0,1,2,-1,0,-1,-2,1,0,1,2,-1,0,-1,-2,1,0,1

#offset 1

sub $0,1
mov $1,$0
sub $0,1
max $0,0
mov $2,-1
mov $3,$0
mod $0,2
lpb $3
  sub $2,$0
  add $0,$2
  sub $2,$0
  sub $3,2
lpe
add $0,$2
equ $1,0
mul $1,3
add $0,$1
