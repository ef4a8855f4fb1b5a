; A065535: Number of strongly perfect lattices in dimension n.
; 1,1,0,1,0,1,1,1,0,1,0

#offset 1

sub $0,1
pow $0,4
mul $0,$0
div $0,6
div $0,4
div $0,2
add $0,1
mod $0,2
