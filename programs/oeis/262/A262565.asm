; A262565: A weaver's answer to the question "What comes next after 2,3,5?".
; 2,3,5,5,3,2,2,3,5,5,3,2,2,3,5,5,3,2,2,3,5,5,3,2,2,3,5,5,3,2,2,3,5,5,3,2,2,3,5,5,3,2,2,3,5,5,3,2,2,3,5,5,3,2,2,3,5,5,3,2,2,3,5,5,3,2,2,3,5,5,3,2,2,3,5,5,3,2,2,3

#offset 1

sub $0,1
mov $4,$0
sub $0,1
max $0,0
add $0,1
sub $0,-1
sub $1,4
lpb $0
  sub $0,1
  sub $2,$1
  add $1,$2
  sub $1,4
lpe
mov $0,$1
sub $0,-2
add $0,1
div $0,-2
add $0,1
mov $5,$4
equ $5,0
add $0,$5
sub $0,1
div $0,-1
add $0,2
