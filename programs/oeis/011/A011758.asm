; A011758: Barker sequence of length 13.
; 1,1,1,1,1,-1,-1,1,1,-1,1,-1,1

#offset 1

sub $0,1
sub $0,1
sub $0,-1
mul $0,3
sub $0,1
pow $0,2
div $0,192
mod $0,2
mul $0,-2
add $0,1
