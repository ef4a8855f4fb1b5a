; A391618: Chebyshev distance from n to the origin in a square spiral of positive integers and 1 at the origin.
; 0,1,1,1,1,1,1,1,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4

#offset 1

sub $0,1
add $0,1
sub $0,1
lpb $0
  sub $0,$1
  sub $0,1
  sub $0,$1
  sub $1,-1
lpe
mov $0,$3
sub $0,$1
add $0,1
sub $0,2
sub $0,1
add $0,1
add $0,1
sub $0,3
div $0,2
sub $0,-1
div $0,-1
