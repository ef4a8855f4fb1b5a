; A101688: Once 1, once 0, repeat, twice 1, twice 0, repeat, thrice 1, thrice 0, ... and so on.
; 1,0,1,0,1,1,0,0,1,1,0,0,1,1,1,0,0,0,1,1,1,0,0,0,1,1,1,1,0,0,0,0,1,1,1,1,0,0,0,0,1,1,1,1,1,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,1,1,1,1,1,1,0,0,0,0,0,0,1,1,1,1,1,1,0,0

add $0,1
sub $0,1
lpb $0
  sub $0,1
  sub $0,$1
  sub $1,-1
lpe
add $0,$0
add $0,1
sub $0,$1
add $0,1
sub $0,2
sub $0,1
add $0,-1
add $0,1
mul $0,-2
sub $0,3
div $0,2
lpb $1
  sub $1,1
  add $0,1
lpe
add $0,1
mod $0,2
