; A007478: Dimension of primitive Vassiliev knot invariants of order n.
; Formula: a(n) = truncate((n+6)*binomial(0-n-1,4)/600)+1
; 1,1,1,1,2,3,5,8,12,18,27,39,55

sub $1,$0
sub $1,1
add $0,6
bin $1,4
mul $0,$1
div $0,600
add $0,1
