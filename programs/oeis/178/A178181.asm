; A178181: Minute with hour hand overlap problem on analog clock.
; 0,5,10,16,21,27,32,38,43,49,54

sub $0,1
sub $0,1
add $0,1
add $0,$0
mul $0,11
div $0,4
sub $0,5
add $0,5
add $0,2
sub $0,-3
