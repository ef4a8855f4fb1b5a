; A241471: Number of simple connected graphs g on n nodes with |Aut(g)| = 5040.
; 0,0,0,0,0,0,1,1,1,5

#offset 1

sub $0,1
add $0,1
sub $0,8
div $0,2
add $2,-1
sub $2,$0
mov $3,$2
bin $3,4
mov $0,$3
sub $0,1
mul $0,24
div $0,24
add $0,1
