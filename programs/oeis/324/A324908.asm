; A324908: a(n) = 1 if n is an odd number which is not a square, 0 otherwise.
; 0,0,1,0,1,0,1,0,0,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,0,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,0,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0

#offset 1

sub $0,1
add $0,1
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
div $0,2
sub $0,-1
add $0,1
add $0,1
sub $0,1
mod $0,2
add $0,2
mod $0,2
