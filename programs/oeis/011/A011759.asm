; A011759: Barker sequence of length 13.
; 0,0,0,0,0,1,1,0,0,1,0,1,0

#offset 1

sub $0,1
mul $0,3
sub $0,1
pow $0,2
div $0,192
mod $0,2
