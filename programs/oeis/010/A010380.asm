; A010380: Squares mod 18.
; 0,1,4,7,9,10,13,16

#offset 1

sub $0,1
sub $0,1
sub $0,-1
sub $0,1
sub $0,-1
sub $0,1
sub $0,4
sub $0,-1
add $0,1
add $0,2
add $1,3
add $0,1
mul $0,$1
lpb $0
  sub $0,1
  add $1,-1
  sub $3,$2
  add $2,$3
  sub $1,1
  add $3,2
  add $1,$2
  sub $3,$2
lpe
mov $0,$1
sub $0,3
mul $0,3
add $0,3
sub $0,3
add $0,5
sub $0,11
div $0,2
add $0,2
sub $0,-1
div $0,2
add $0,2
sub $0,4
add $0,1
sub $0,-1
div $0,-1
