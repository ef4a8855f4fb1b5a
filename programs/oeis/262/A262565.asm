; A262565: A weaver's answer to the question "What comes next after 2,3,5?".
; 2,3,5,5,3,2,2,3,5,5,3,2,2,3,5,5,3,2,2,3,5,5,3,2,2,3,5,5,3,2,2,3,5,5,3,2,2,3,5,5,3,2,2,3,5,5,3,2,2,3,5,5,3,2,2,3,5,5,3,2,2,3,5,5,3,2,2,3,5,5,3,2,2,3,5,5,3,2,2,3

#offset 1

sub $0,1
sub $0,1
sub $0,1
sub $0,1
add $0,3
mov $1,$0
lpb $1
  sub $1,1
  add $2,$3
  trn $3,-1
  trn $3,$2
  sub $2,$3
  sub $3,1
  sub $2,2
  trn $3,$2
lpe
mov $0,$2
div $0,-2
add $0,1
sub $0,1
mul $0,2
div $0,2
add $0,2
