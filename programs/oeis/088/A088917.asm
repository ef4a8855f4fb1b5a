; A088917: Central Delannoy numbers (mod 3); Characteristic function for Cantor set.
; 1,0,1,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,1,0

sub $0,1
add $0,1
mov $3,$0
lpb $3
  sub $3,1
  gcd $2,$0
  div $0,3
lpe
mov $0,$2
mul $0,2
div $0,2
add $0,-1
mod $0,2
add $0,2
mod $0,2
