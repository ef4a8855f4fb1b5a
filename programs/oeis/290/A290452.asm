; A290452: Triangle formed by reading the triangle of Eulerian numbers (A173018) mod 2.
; 1,1,0,1,1,0,1,0,1,0,1,1,1,1,0,1,0,0,0,1,0,1,1,0,0,1,1,0,1,0,1,0,1,0,1,0,1,1,1,1,1,1,1,1,0,1,0,0,0,0,0,0,0,1,0,1,1,0,0,0,0,0,0,1,1,0,1,0,1,0,0,0,0,0,1,0,1,0,1,1

sub $0,1
mov $2,$0
lpb $2
  sub $2,2
  add $2,$1
  add $1,-1
lpe
lpb $0
  mov $0,$1
  div $0,-1
lpe
bin $0,$2
gcd $0,2
mul $0,2
add $0,1
sub $0,3
div $0,-2
add $0,1
