; A029550: Highest minimal norm for an (even or odd) 2-modular lattice in dimension n.
; Formula: a(n) = truncate(((sumdigits(n,3)+3)*(sumdigits(n,3)+3)-1)/12)
; 0,1,2,1,2,2,2,2,4

dgs $0,3
add $0,3
mul $0,$0
sub $0,1
div $0,12
