; A075692: Upper irredundance number for queens graph Q_n on n^2 nodes.
; 1,1,2,4,5,7,9,11,13,15

#offset 1

sub $0,1
sub $0,1
max $0,0
sub $0,1
sub $0,1
sub $0,-1
add $3,$0
add $3,$0
mov $0,$3
sub $0,1
mul $0,23
add $0,25
sub $0,49
mul $0,5
div $0,24
add $0,11
sub $0,-4
div $0,5
add $0,1
