; A144193: Square array (5 X 5) read by rows.
; 0,0,0,0,1,0,1,0,0,0,0,0,1,0,0,0,0,0,1,0,1,0,0,0,0

#offset 1

sub $0,1
add $0,1
sub $0,1
sub $0,1
mov $1,$0
sub $0,1
add $0,1
add $0,1
add $0,1
mul $0,3
pow $0,2
div $0,3
nrt $0,2
add $0,1
sub $0,-3
sub $0,$1
mul $0,$1
add $0,1
add $0,-1
mod $0,2
