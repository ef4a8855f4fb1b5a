; A362580: a(n) = packing chromatic number of an n X n grid.
; 1,3,4,5,7,8,9,9,10,11

#offset 1

sub $0,1
sub $0,3
sub $0,2
sub $0,1
sub $2,$0
lpb $2
  add $0,$0
  lpb $2
    sub $2,1
  lpe
lpe
mul $0,2
div $0,3
add $0,7
sub $0,5
add $0,1
sub $0,2
sub $0,-7
add $0,1
