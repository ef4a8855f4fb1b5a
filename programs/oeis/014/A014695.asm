; A014695: Poincaré series [or Poincare series] (or Molien series) for mod 2 cohomology of Q_8.
; 1,2,2,1,1,2,2,1,1,2,2,1,1,2,2,1,1,2,2,1,1,2,2,1,1,2,2,1,1,2,2,1,1,2,2,1,1,2,2,1,1,2,2,1,1,2,2,1,1,2,2,1,1,2,2,1,1,2,2,1,1,2,2,1,1,2,2,1,1,2,2,1,1,2,2,1,1,2,2,1

add $0,1
mul $0,2
lpb $0
  sub $0,1
  sub $3,$0
lpe
mov $0,$3
div $0,-2
add $0,1
mod $0,2
sub $0,1
div $0,-1
add $0,1
