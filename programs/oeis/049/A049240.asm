; A049240: Smallest nonnegative value taken on by x^2 - n*y^2 for an infinite number of integer pairs (x, y).
; 0,1,1,0,1,1,1,1,0,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1

#offset 1

sub $0,1
add $0,1
sub $0,1
lpb $0
  sub $0,1
  sub $0,$1
  sub $1,-2
lpe
bin $0,$1
add $0,1
sub $0,2
sub $0,1
div $0,-2
add $0,1
sub $0,1
