; A075692: Upper irredundance number for queens graph Q_n on n^2 nodes.
; 1,1,2,4,5,7,9,11,13,15

#offset 1

sub $0,1
sub $0,1
max $0,0
mov $4,$0
sub $0,1
max $0,0
mov $2,$0
sub $0,1
mul $0,2
mov $1,$0
max $1,1
mov $0,$1
add $0,2
add $0,1
mov $3,$2
equ $3,0
mul $3,-2
add $0,$3
mov $5,$4
equ $5,0
mul $5,-1
add $0,$5
