; A066247: Characteristic function of composite numbers: 1 if n is composite else 0.
; 0,0,0,1,0,1,0,1,1,1,0,1,0,1,1,1,0,1,0,1,1,1,0,1,1,1,1,1,0,1,0,1,1,1,1,1,0,1,1,1,0,1,0,1,1,1,0,1,1,1,1,1,0,1,1,1,1,1,0,1,0,1,1,1,1,1,0,1,1,1,0,1,0,1,1,1,1,1,0,1

#offset 1

sub $0,1
sub $0,1
add $0,1
sub $0,1
sub $0,1
max $0,0
sub $0,1
add $0,1
sub $0,1
sub $0,-2
mov $1,2
fac $1,$0
sub $0,-2
add $1,-1
div $1,$0
mov $0,$1
add $0,1
add $0,-1
mod $0,2
