; A241814: Number of distance-regular simple connected graphs on n nodes.
; 1,1,1,2,2,4,2,5,4,7

#offset 1

sub $0,1
add $0,1
sub $0,1
dif $0,2
div $0,2
mul $0,3
div $0,2
add $0,1
