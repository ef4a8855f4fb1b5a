; A278375: Edge-distinguishing chromatic number of ladder graph with 2n vertices.
; 1,3,4,5,5,6,7,7,7,8,8,8,9,9

#offset 1

sub $0,1
mov $3,$0
sub $0,1
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
add $0,2
div $0,3
add $0,7
sub $0,5
add $0,1
sub $0,2
sub $0,-7
sub $0,1
mov $4,$3
equ $4,0
mul $4,-2
add $0,$4
