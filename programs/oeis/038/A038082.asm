; A038082: Number of n-node rooted identity trees of height at most 3.
; 1,1,1,2,2,2,2,2,1,1,1

#offset 1

sub $0,1
sub $0,1
sub $0,1
sub $0,1
sub $0,1
bin $0,3
mul $0,$0
sub $0,14
sub $0,-15
add $0,-1
sub $0,3
mul $0,5
add $0,1
lpb $0
  div $0,5
lpe
add $0,1
sub $0,-1
sub $0,3
div $0,-8
add $0,1
