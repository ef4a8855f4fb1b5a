; A297044: Number of pieces in the list d(m), d(m-1), ..., d(0) of base-16 digits of n; see Comments.
; 0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1

#offset 1

sub $0,1
sub $0,1
sub $0,1
sub $0,1
sub $0,1
div $0,11
add $0,13
sub $0,13
lpb $0
  bin $0,-1
  add $0,1
lpe
sub $0,-1
mul $0,4
add $0,4
sub $0,8
div $0,4
