; A161419: First differences of A161418.
; 0,0,0,6,0,6,0,12,6

#offset 1

sub $0,1
sub $0,-1
sub $0,1
add $0,2
add $0,1
mul $0,2
sub $0,3
sub $0,1
add $0,1
sub $0,-1
sub $0,1
add $0,1
lpb $0
  dif $0,2
lpe
div $0,2
div $0,2
add $0,1
sub $0,1
mul $0,6
