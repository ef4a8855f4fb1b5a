; A178600: Expansion of the polynomial (1+x^3)*(1+x^11).
; 1,0,0,1,0,0,0,0,0,0,0,1,0,0,1

sub $0,1
add $0,2
sub $0,1
mov $3,$0
add $0,$3
lpb $0
  sub $0,1
  div $0,3
  bin $3,$0
  add $2,$3
lpe
mov $0,$2
sub $0,3
add $0,1
add $0,2
mod $0,2
mul $0,-1
add $0,1
