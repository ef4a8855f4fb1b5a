; A011758: Barker sequence of length 13.
; 1,1,1,1,1,-1,-1,1,1,-1,1,-1,1

#offset 1

sub $0,1
mov $1,3
fac $0,$1
div $0,10
mod $0,2
mul $0,-2
add $0,1
