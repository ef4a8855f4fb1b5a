; A011759: Barker sequence of length 13.
; 0,0,0,0,0,1,1,0,0,1,0,1,0

#offset 1

sub $0,1
mov $1,3
fac $0,$1
div $0,10
mod $0,2
