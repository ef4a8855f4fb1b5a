; A067731: Maximum number of distinct parts in a self-conjugate partition of n, or 0 if n=2.
; 0,1,0,2,1,2,3,2,3,2,4,3,4,3,4,5,4,5,4,5,4,6,5,6,5,6,5,6,7,6,7,6,7,6,7,6,8,7,8,7,8,7,8,7,8,9,8,9,8,9,8,9,8,9,8,10,9,10,9,10,9,10,9,10,9,10,11,10,11,10,11,10,11,10,11,10,11,10,12,11

lpb $0
  sub $0,1
  sub $0,$1
  sub $1,-1
lpe
mod $0,2
sub $0,$1
add $0,1
sub $0,$1
add $0,1
add $0,-2
add $0,1
sub $0,3
div $0,2
sub $0,-1
div $0,-1
add $0,1
sub $0,1
