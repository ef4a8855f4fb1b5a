; A330442: The number of free polyominoes with n cells which, when drawn on a 2D square grid, contain an Eulerian path.
; 1,1,1,2,3,6,8,18

#offset 1

sub $0,1
sub $0,1
sub $0,1
add $0,$0
add $0,1
add $0,1
lpb $0
  add $2,$4
  add $2,2
  add $2,$3
  sub $0,1
  sub $0,1
  sub $4,$1
  sub $3,$2
  sub $3,$1
  gcd $2,$1
  add $2,$3
  add $1,$3
lpe
mov $0,$4
div $0,2
add $0,1
