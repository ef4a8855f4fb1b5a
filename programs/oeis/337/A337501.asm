; A337501: Minimum number of painted cells in an n X n grid to avoid unpainted trominoes.
; 0,2,4,8,11,18,23,32,39,50

#offset 1

sub $0,1
add $0,1
add $1,$0
add $2,$0
div $1,2
add $0,$1
mul $0,$2
div $0,3
