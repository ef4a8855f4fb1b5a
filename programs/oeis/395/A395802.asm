; A395802: Minimum number of cells in a connected enclosing shell of an n-cell connected hole on the trihexagonal (3.6.3.6) Archimedean tiling.
; Formula: a(n) = 2*truncate(13*truncate((n-13)/6)/5)+15
; 5,11,11,11,11,11,11,15,15,15

#offset 1

sub $0,13
div $0,6
mul $0,13
div $0,5
mul $0,2
add $0,15
