; A243322: Number of simple connected graphs with n nodes that are distance regular and Eulerian.
; 1,0,1,1,2,2,2,3,4,4

#offset 1

sub $0,1
mov $4,$0
sub $0,1
max $0,0
mov $2,$0
sub $0,1
add $0,-3
sub $0,1
add $0,3
add $0,3
sub $0,1
mov $1,$0
lpb $1
  sub $1,3
  sub $0,-2
lpe
sub $0,1
div $0,2
sub $0,6
sub $0,-1
mul $0,3
add $0,1
sub $0,-14
div $0,5
sub $0,-3
sub $0,2
mov $3,$2
equ $3,0
mul $3,-1
add $0,$3
mov $5,$4
equ $5,0
add $0,$5
